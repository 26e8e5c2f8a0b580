package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period a dashboard call asks for, checked; the messages are for the person who typed the dates. Public for the
 * dashboard's other figures (dossiers, surveys).
 */
public record DashboardPeriod(LocalDate from, LocalDate to) {

    /** Longer periods are not what the dashboard is for, and would read the whole history for nothing. */
    static final int MAX_YEARS = 5;

    public static DashboardPeriod parse(String from, String to) {
        LocalDate start = date(from, "from", "ngày bắt đầu");
        LocalDate end = date(to, "to", "ngày kết thúc");
        if (end.isBefore(start)) {
            throw new InvalidPeriodException("Ngày kết thúc (to) không được trước ngày bắt đầu (from)");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new InvalidPeriodException("Kỳ thống kê dài tối đa " + MAX_YEARS + " năm");
        }
        return new DashboardPeriod(start, end);
    }

    private static LocalDate date(String text, String parameter, String meaning) {
        if (text == null || text.isBlank()) {
            throw new InvalidPeriodException("Thiếu tham số '" + parameter + "' (" + meaning + ", dạng yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidPeriodException(
                    "Tham số '" + parameter + "' (" + meaning + ") phải là một ngày có thật, dạng yyyy-MM-dd");
        }
    }

    public static class InvalidPeriodException extends RuntimeException {
        InvalidPeriodException(String message) {
            super(message);
        }
    }
}
