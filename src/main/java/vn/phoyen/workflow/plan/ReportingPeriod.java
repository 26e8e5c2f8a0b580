package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period with the codes other programs use: {@code 2025-Q3}, {@code 2025-H1}, {@code 2025-M07},
 * {@code 2025} (a whole year). Labels are the Vietnamese forms staff write in report titles.
 */
public record ReportingPeriod(int year, ReportingCycle cycle, int index) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-(Q|H|M)(\\d{1,2}))?");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportingPeriod {
        if (index < 1 || index > cycle.periodsPerYear()) {
            throw new IllegalArgumentException("kỳ báo cáo " + index + " không có trong năm (" + cycle + ")");
        }
    }

    public static ReportingPeriod parse(String code) {
        Matcher matcher = CODE.matcher(code == null ? "" : code.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("mã kỳ báo cáo '" + code
                    + "' không hợp lệ (ví dụ: 2025-Q3, 2025-H1, 2025-M07, 2025)");
        }
        int year = Integer.parseInt(matcher.group(1));
        if (matcher.group(2) == null) {
            return new ReportingPeriod(year, ReportingCycle.YEARLY, 1);
        }
        ReportingCycle cycle = switch (matcher.group(2)) {
            case "Q" -> ReportingCycle.QUARTERLY;
            case "H" -> ReportingCycle.HALF_YEARLY;
            default -> ReportingCycle.MONTHLY;
        };
        return new ReportingPeriod(year, cycle, Integer.parseInt(matcher.group(3)));
    }

    public String code() {
        return switch (cycle) {
            case YEARLY -> String.valueOf(year);
            case HALF_YEARLY -> year + "-H" + index;
            case QUARTERLY -> year + "-Q" + index;
            case MONTHLY -> "%d-M%02d".formatted(year, index);
        };
    }

    /** "quý III/2025", "6 tháng đầu năm 2025", "tháng 7/2025", "năm 2025". */
    public String label() {
        return switch (cycle) {
            case YEARLY -> "năm " + year;
            case HALF_YEARLY -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case QUARTERLY -> "quý " + ROMAN[index - 1] + "/" + year;
            case MONTHLY -> "tháng " + index + "/" + year;
        };
    }

    public LocalDate firstDay() {
        return YearMonth.of(year, (index - 1) * cycle.months() + 1).atDay(1);
    }

    public LocalDate lastDay() {
        return lastMonth().atEndOfMonth();
    }

    YearMonth lastMonth() {
        return YearMonth.of(year, index * cycle.months());
    }
}
