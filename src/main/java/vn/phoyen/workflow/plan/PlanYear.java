package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * A ward's plan for one year, as issued, e.g. Kế hoạch 54/KH-UBND of 2025.
 *
 * @param code          the short code case numbers start with, e.g. "KH54"
 * @param number        the document number, e.g. "54/KH-UBND"
 * @param effectiveFrom the day the plan takes effect; periods that ended before it are not reported
 */
public record PlanYear(String code, String number, String title, String issuer, LocalDate issued,
                       LocalDate effectiveFrom, int year, List<PlanTask> tasks) {

    /** The business key of the task's process instance, e.g. "KH54-2025-T04". */
    public String businessKeyOf(PlanTask task) {
        return "%s-%d-T%02d".formatted(code, year, task.number());
    }
}
