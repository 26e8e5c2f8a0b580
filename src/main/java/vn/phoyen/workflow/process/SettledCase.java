package vn.phoyen.workflow.process;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * Where a settled case counts in {@code ward_case_settled_count} (db/migration/V12): the day it was received, its
 * procedure, its unit and how it was settled, as the figures count a case settled by their standing day (QĐ
 * 766/QĐ-TTg): resolved on time ({@link CaseStanding#resolvedOnTime}) or late, closed when its process ended
 * unresolved.
 */
record SettledCase(LocalDate receivedOn, String processKey, String unit, Outcome outcome) {

    enum Outcome {
        ON_TIME, LATE, CLOSED
    }

    /** The order in which a transaction locks counter rows, the same in all, so two never wait for each other. */
    static final Comparator<SettledCase> LOCK_ORDER = Comparator.comparing(SettledCase::receivedOn)
            .thenComparing(SettledCase::processKey).thenComparing(SettledCase::unit);

    /** Null while the case is not received (it is not counted) or neither resolved nor ended. */
    static SettledCase of(RecordedCase kase) {
        if (kase == null || kase.standing().receivedOn() == null) {
            return null;
        }
        Outcome outcome;
        if (kase.resolvedOn() != null) {
            outcome = CaseStanding.resolvedOnTime(kase.resolvedOn(), kase.standing().dueOn()) ? Outcome.ON_TIME
                    : Outcome.LATE;
        } else if (kase.endedOn() != null) {
            outcome = Outcome.CLOSED;
        } else {
            return null;
        }
        String unit = kase.standing().unit();
        return new SettledCase(kase.standing().receivedOn(), kase.processKey(), unit == null ? "" : unit, outcome);
    }
}
