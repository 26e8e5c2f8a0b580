package vn.phoyen.workflow.calendar;

/**
 * A computation reached a year for which no holidays file exists. Guessing would silently give wrong
 * legal deadlines, so the year's file must be added first.
 */
public class UnknownCalendarYearException extends RuntimeException {

    private final int year;

    UnknownCalendarYearException(int year) {
        super("Chưa có lịch ngày làm việc năm %d (thiếu tệp %s)".formatted(year, HolidayFiles.fileNameFor(year)));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
