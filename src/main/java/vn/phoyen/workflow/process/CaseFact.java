package vn.phoyen.workflow.process;

import java.time.LocalDate;

/**
 * One thing that happened to a case and that the ward's figures count (ADR 0006), as recorded when it happened: the
 * figures read these, never a model's activity ids or variable names.
 *
 * @param caseNumber the case number (the process's business key) when the fact was recorded
 * @param day        the day the fact names: received, due, resolved, ended; null for a unit, or for a due day that no
 *                   longer applies
 * @param unit       the lead unit (group id), for a {@link Kind#UNIT} fact
 */
public record CaseFact(String processKey, String processInstanceId, String caseNumber, Kind kind, LocalDate day,
        String unit) {

    public enum Kind {
        /** The day the case counts as received (the procedure's received day, not the day it was typed in). */
        RECEIVED,
        /** The unit leading the case from now on. */
        UNIT,
        /** The last allowed day of the step the case is in from now on. */
        DUE,
        /** A step that resolves the case was reached; the first one counts. */
        RESOLVED,
        /** The case's process ended, resolved or not (withdrawn, merged, cancelled). */
        ENDED
    }
}
