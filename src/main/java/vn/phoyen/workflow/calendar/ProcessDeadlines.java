package vn.phoyen.workflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.function.Supplier;

import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * The calendar as process models see it (bean {@code wardCalendar}): due dates and timer dates as
 * {@link Date}s. A deadline is the end of its last allowed day, so a task due "within 5 working days"
 * is not overdue during that fifth day.
 */
public class ProcessDeadlines {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    private final WorkingCalendar calendar;

    private final StatutoryPeriods periods;

    ProcessDeadlines(WorkingCalendar calendar, StatutoryPeriods periods) {
        this.calendar = calendar;
        this.periods = periods;
    }

    public Date workingDaysFromNow(int n) {
        return refusingBadDates(() -> endOf(calendar.addWorkingDays(WardClock.today(), n)));
    }

    public Date workingDaysAfter(Object event, int n) {
        return refusingBadDates(() -> endOf(calendar.addWorkingDays(toLocalDate(event), n)));
    }

    public Date calendarDaysAfter(Object event, int n) {
        return refusingBadDates(() -> endOf(calendar.addCalendarDays(toLocalDate(event), n)));
    }

    public Date deadline(String code, Object event) {
        return refusingBadDates(() -> endOf(periods.deadline(code, toLocalDate(event))));
    }

    /** The start of the working day that lies {@code workingDays} working days before the deadline's day. */
    public Date warningBefore(Date deadline, int workingDays) {
        return refusingBadDates(() -> startOf(calendar.subtractWorkingDays(toLocalDate(deadline), workingDays)));
    }

    /**
     * A date no calendar can count (a year before 2021 typed by mistake, a period not yet in force on it) is the
     * caller's to correct: HTTP 400 with the reason, or, in a timer or an asynchronous step, an incident in Cockpit.
     */
    private static Date refusingBadDates(Supplier<Date> count) {
        try {
            return count.get();
        } catch (IllegalArgumentException refused) {
            throw new Refusal(refused.getMessage());
        }
    }

    /** The moment a day begins in the ward's time zone, e.g. when a reporting window opens. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(WorkingCalendar.ZONE).toInstant());
    }

    /** A deadline as the engine stores it: the end of its last allowed day in the ward's time zone. */
    public static Date endOf(LocalDate day) {
        return Date.from(day.atTime(END_OF_DAY).atZone(WorkingCalendar.ZONE).toInstant());
    }

    /** Start variables arrive as yyyy-MM-dd Strings; engine dates as Dates; Java callers pass LocalDates. */
    public static LocalDate toLocalDate(Object event) {
        if (event instanceof LocalDate date) {
            return date;
        }
        if (event instanceof Date date) {
            // getTime(), not toInstant(): java.sql.Date refuses toInstant()
            return LocalDate.ofInstant(Instant.ofEpochMilli(date.getTime()), WorkingCalendar.ZONE);
        }
        if (event instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            }
            catch (DateTimeParseException ex) {
                throw new IllegalArgumentException(
                        "ngày sự kiện '%s' không phải ngày hợp lệ (cần dạng yyyy-MM-dd)".formatted(text));
            }
        }
        if (event == null) {
            throw new IllegalArgumentException("thiếu ngày sự kiện");
        }
        throw new IllegalArgumentException(
                "ngày sự kiện kiểu %s không được hỗ trợ (cần Date, LocalDate hoặc chuỗi yyyy-MM-dd)"
                        .formatted(event.getClass().getName()));
    }
}
