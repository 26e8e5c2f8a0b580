package vn.phoyen.workflow.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.phoyen.workflow.plan.ReportingCycle;
import vn.phoyen.workflow.plan.ReportingPeriod;

/**
 * The period a ward report covers, from the start variable {@code period}: {@code 2025-Q3} (a quarter),
 * {@code 2025-H1} (a half-year) or {@code 2025} (the year). Monthly codes, which plan tasks use, are not ward reports.
 *
 * @param label the Vietnamese form used in the title, e.g. "quý III/2025"
 */
record ReportPeriod(String code, String label, LocalDate from, LocalDate to) {

    static final String VARIABLE = "period";

    private static final String EXAMPLES = " (quý: 2025-Q1 … 2025-Q4; 6 tháng: 2025-H1, 2025-H2; cả năm: 2025)";
    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q[1-4]|H[12]))?");

    /** @throws IllegalArgumentException with a Vietnamese message naming the variable */
    static ReportPeriod parse(String code) {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("Thiếu biến '" + VARIABLE + "': kỳ báo cáo" + EXAMPLES);
        }
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "Biến '" + VARIABLE + "' có giá trị '" + code.strip() + "' không phải kỳ báo cáo" + EXAMPLES);
        }
        int year = Integer.parseInt(matcher.group(1));
        String part = matcher.group(2);
        ReportingPeriod period = part == null ? new ReportingPeriod(year, ReportingCycle.YEARLY, 1)
                : new ReportingPeriod(year, part.charAt(0) == 'Q' ? ReportingCycle.QUARTERLY : ReportingCycle.HALF_YEARLY,
                        part.charAt(1) - '0');
        return new ReportPeriod(period.code(), period.label(), period.firstDay(), period.lastDay());
    }

    int year() {
        return from.getYear();
    }
}
