package vn.phoyen.workflow.reception;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * The days the Chairman receives citizens at the ward's headquarters: at least one day every week (Law 42/2013/QH13
 * on Citizen Reception, Art. 15(2)), on the weekday the ward chose. When that day is off (a holiday, a swapped day
 * off) the reception moves to the nearest earlier working day of the same week, or else to the next working day of
 * that week; a week without any working day (Tết) has no periodic reception. Plain Java on the working calendar.
 */
public class ReceptionSchedule {

    /** Longest range asked at once: a year and a little. */
    static final int MAX_RANGE_DAYS = 400;

    private final WorkingCalendar calendar;

    private final DayOfWeek weekday;

    public ReceptionSchedule(WorkingCalendar calendar, DayOfWeek weekday) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.weekday = Objects.requireNonNull(weekday, "weekday");
    }

    public DayOfWeek weekday() {
        return weekday;
    }

    /**
     * One entry per ISO week that meets the range: its reception day when that day lies within the range, or the
     * reason the week has none.
     *
     * @throws IllegalArgumentException when {@code to} is before {@code from} or the range is longer than
     *                                  {@value #MAX_RANGE_DAYS} days
     * @throws vn.phoyen.workflow.calendar.UnknownCalendarYearException when a week reaches a year without calendar data
     */
    public List<ReceptionDay> receptionDays(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Ngày kết thúc %s trước ngày bắt đầu %s".formatted(WorkingCalendar.DAY.format(to),
                    WorkingCalendar.DAY.format(from)));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_RANGE_DAYS) {
            throw new IllegalArgumentException("Khoảng thời gian quá dài: tối đa %d ngày".formatted(MAX_RANGE_DAYS));
        }
        List<ReceptionDay> days = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            ReceptionDay week = weekOf(monday);
            if (week.date() == null || !week.date().isBefore(from) && !week.date().isAfter(to)) {
                days.add(week);
            }
        }
        return days;
    }

    /** The reception day of the week that begins on the given Monday. */
    ReceptionDay weekOf(LocalDate monday) {
        LocalDate usual = monday.with(weekday);
        LocalDate sunday = monday.plusDays(6);
        if (calendar.isWorkingDay(usual)) {
            return new ReceptionDay(monday, usual, vietnameseName(usual.getDayOfWeek()), null);
        }
        Optional<LocalDate> moved = firstWorkingDay(usual.minusDays(1), monday, -1)
                .or(() -> firstWorkingDay(usual.plusDays(1), sunday, 1));
        if (moved.isEmpty()) {
            return new ReceptionDay(monday, null, null,
                    "Tuần từ %s đến %s không có ngày làm việc (nghỉ lễ, Tết): không tiếp công dân định kỳ"
                            .formatted(WorkingCalendar.DAY.format(monday), WorkingCalendar.DAY.format(sunday)));
        }
        LocalDate day = moved.get();
        return new ReceptionDay(monday, day, vietnameseName(day.getDayOfWeek()),
                "%s %s là ngày nghỉ: tiếp công dân vào %s %s".formatted(vietnameseName(usual.getDayOfWeek()),
                        WorkingCalendar.DAY.format(usual), vietnameseName(day.getDayOfWeek()), WorkingCalendar.DAY.format(day)));
    }

    /** The first working day from {@code start} towards {@code last} (inclusive), stepping by {@code step}. */
    private Optional<LocalDate> firstWorkingDay(LocalDate start, LocalDate last, int step) {
        for (LocalDate day = start; step < 0 ? !day.isBefore(last) : !day.isAfter(last); day = day.plusDays(step)) {
            if (calendar.isWorkingDay(day)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    /** Spelt out rather than taken from the JDK's locale data, whose capitalisation varies between versions. */
    static String vietnameseName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "Thứ Hai";
            case TUESDAY -> "Thứ Ba";
            case WEDNESDAY -> "Thứ Tư";
            case THURSDAY -> "Thứ Năm";
            case FRIDAY -> "Thứ Sáu";
            case SATURDAY -> "Thứ Bảy";
            case SUNDAY -> "Chủ nhật";
        };
    }
}
