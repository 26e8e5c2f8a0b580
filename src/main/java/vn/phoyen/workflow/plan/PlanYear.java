package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

/**
 * A ward's plan for one year, as issued, e.g. Kế hoạch 54/KH-UBND of 2025.
 *
 * @param code          the short code case numbers start with, e.g. "KH54"
 * @param number        the document number, e.g. "54/KH-UBND"
 * @param effectiveFrom the day the plan takes effect; periods that ended before it are not reported
 */
public record PlanYear(String code, String number, String title, String issuer, LocalDate issued,
                       LocalDate effectiveFrom, int year, List<PlanTask> tasks) {

    /**
     * A year as a form sends it: a number (Tasklist's number field sends a Long or a Double) or four digits typed as
     * text; empty for anything else.
     */
    public static OptionalInt fromForm(Object value) {
        String text = value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())
                ? String.valueOf(number.longValue()) : value == null ? "" : value.toString().strip();
        return text.matches("\\d{4}") ? OptionalInt.of(Integer.parseInt(text)) : OptionalInt.empty();
    }

    /** The business key of the task's process instance, e.g. "KH54-2025-T04". */
    public String businessKeyOf(PlanTask task) {
        return "%s-%d-T%02d".formatted(code, year, task.number());
    }
}
