package vn.phoyen.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The working days of the ward's civil servants: Monday to Friday, minus holidays and swapped days off,
 * plus make-up Saturdays. Only years with a holidays file are known; any other year is refused rather
 * than guessed, because a guessed holiday gives a wrong legal deadline.
 */
public final class WorkingCalendar {

    /** The ward's days are Vietnamese days: every conversion between an instant and a date uses this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A day as people read it in the ward: 05/02/2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Set<Integer> knownYears = new HashSet<>();

    private final Set<LocalDate> daysOff = new HashSet<>();

    private final Set<LocalDate> makeUpWorkdays = new HashSet<>();

    WorkingCalendar(Collection<CalendarYear> years) {
        for (CalendarYear year : years) {
            knownYears.add(year.year());
            for (CalendarEntry entry : year.entries()) {
                (entry.kind().isDayOff() ? daysOff : makeUpWorkdays).add(entry.date());
            }
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        if (!knownYears.contains(day.getYear())) {
            throw new UnknownCalendarYearException(day.getYear());
        }
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        return !daysOff.contains(day) && !isWeekend(day);
    }

    /** The n-th working day after the event; the event day itself is never counted. */
    public LocalDate addWorkingDays(LocalDate event, int n) {
        return stepWorkingDays(event, n, 1);
    }

    /** The event plus n days; a last day that is not a working day moves to the next working day (Civil Code). */
    public LocalDate addCalendarDays(LocalDate event, int n) {
        requireNotNegative(n);
        LocalDate day = event.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The working day n working days before the given day, e.g. to warn ahead of a deadline. */
    public LocalDate subtractWorkingDays(LocalDate day, int n) {
        return stepWorkingDays(day, n, -1);
    }

    /** Moves day by day in the given direction (+1 or -1) until n working days are passed. */
    private LocalDate stepWorkingDays(LocalDate from, int n, int direction) {
        requireNotNegative(n);
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(direction);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("số ngày không được âm: " + n);
        }
    }
}
