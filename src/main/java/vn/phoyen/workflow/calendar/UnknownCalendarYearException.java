package vn.phoyen.workflow.calendar;

import vn.phoyen.workflow.process.Refusal;

/**
 * A computation reached a year that has neither an official holidays notice nor a Labour Code computation (before
 * 2021, when the Labour Code 2019 took effect, or after 2100). Always a wrong date typed somewhere, so a refusal.
 */
public class UnknownCalendarYearException extends Refusal {

    private static final long serialVersionUID = 1L;

    private final int year;

    UnknownCalendarYearException(int year) {
        super("Năm %d nằm ngoài lịch ngày làm việc của phường (chỉ tính được hạn trong các năm %d–%d); kiểm tra lại ngày đã nhập"
                .formatted(year, LabourCodeHolidays.FIRST_YEAR, LabourCodeHolidays.LAST_YEAR));
        this.year = year;
    }

    public int year() {
        return year;
    }
}
