package vn.phoyen.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A year's days off as the Labour Code 2019 (45/2019/QH14) fixes them, for a year whose official notice is not
 * published yet. Art. 112(1): 1 January; Tết, 5 days; Giỗ Tổ Hùng Vương, 10th day of the 3rd lunar month; 30 April;
 * 1 May; 2 September and one day next to it. Art. 111(3): a holiday on a weekly rest day gives a compensatory day off
 * on the next working day. Where the Prime Minister chooses (which 5 days of Tết, which day next to 2 September,
 * swapped days), this takes the usual choice: the last day of the old lunar year and the first four of the new one;
 * 1 September, or 3 September when 2 September is a Monday or a Thursday (as in 2021 and 2024). The official
 * notice, once loaded, replaces all of it.
 */
final class LabourCodeHolidays {

    /** The Labour Code 2019 took effect on 1 January 2021; earlier years had other holidays. */
    static final int FIRST_YEAR = 2021;

    /** The lunar computation is checked far beyond any deadline the ward can reach; later years are refused. */
    static final int LAST_YEAR = 2100;

    private LabourCodeHolidays() {
    }

    static CalendarYear forYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new UnknownCalendarYearException(year);
        }
        List<CalendarEntry> holidays = new ArrayList<>();
        holiday(holidays, LocalDate.of(year, 1, 1), "Tết Dương lịch");
        LocalDate tet = VietnameseLunarCalendar.lunarNewYear(year);
        for (LocalDate day = tet.minusDays(1); day.isBefore(tet.plusDays(4)); day = day.plusDays(1)) {
            holiday(holidays, day, "Tết Nguyên đán");
        }
        holiday(holidays, VietnameseLunarCalendar.toSolar(year, 3, 10), "Giỗ Tổ Hùng Vương");
        holiday(holidays, LocalDate.of(year, 4, 30), "Ngày Chiến thắng");
        holiday(holidays, LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động");
        LocalDate nationalDay = LocalDate.of(year, 9, 2);
        DayOfWeek weekday = nationalDay.getDayOfWeek();
        LocalDate adjacent = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY
                ? nationalDay.plusDays(1) : nationalDay.minusDays(1);
        holiday(holidays, adjacent, "Quốc khánh");
        holiday(holidays, nationalDay, "Quốc khánh");
        return new CalendarYear(year, withCompensatoryDays(holidays), true);
    }

    private static void holiday(List<CalendarEntry> holidays, LocalDate day, String name) {
        holidays.add(new CalendarEntry(day, DayKind.HOLIDAY, name));
    }

    /** Art. 111(3): each holiday on a Saturday or Sunday is made up on the next day that is neither a weekend nor a day off. */
    private static List<CalendarEntry> withCompensatoryDays(List<CalendarEntry> holidays) {
        Set<LocalDate> daysOff = new HashSet<>();
        holidays.forEach(holiday -> daysOff.add(holiday.date()));
        List<CalendarEntry> all = new ArrayList<>(holidays);
        for (CalendarEntry holiday : holidays) {
            if (!WorkingCalendar.isWeekend(holiday.date())) {
                continue;
            }
            LocalDate compensatory = holiday.date().plusDays(1);
            while (WorkingCalendar.isWeekend(compensatory) || daysOff.contains(compensatory)) {
                compensatory = compensatory.plusDays(1);
            }
            daysOff.add(compensatory);
            all.add(new CalendarEntry(compensatory, DayKind.HOLIDAY, holiday.name() + " (nghỉ bù)"));
        }
        all.sort(Comparator.comparing(CalendarEntry::date));
        return all;
    }
}
