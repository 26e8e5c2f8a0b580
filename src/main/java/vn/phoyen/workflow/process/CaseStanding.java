package vn.phoyen.workflow.process;

import java.time.LocalDate;

/**
 * Where a case stands by its own variables, as the procedure that owns the model reads them.
 *
 * @param receivedOn the day the case counts as received; null while the case has none (it is not counted)
 * @param unit       the unit leading the case; null while none is chosen
 * @param dueOn      the last allowed day of the step the case is in; null when the procedure sets none
 */
public record CaseStanding(LocalDate receivedOn, String unit, LocalDate dueOn) {

    /**
     * How the figures judge a resolution (QĐ 766/QĐ-TTg): on time when no later than the due day, the due day itself
     * included, or when the case has none. The dashboard's SQL states the same (dashboard.JdbcCaseRecords).
     */
    public static boolean resolvedOnTime(LocalDate resolvedOn, LocalDate dueOn) {
        return dueOn == null || !resolvedOn.isAfter(dueOn);
    }
}
