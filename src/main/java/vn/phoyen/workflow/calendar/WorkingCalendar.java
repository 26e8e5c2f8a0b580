package vn.phoyen.workflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The working days of the ward's civil servants: Monday to Friday, minus holidays and swapped days off, plus make-up
 * Saturdays. A year with an official notice (a holidays file) follows it; any other year is computed from the Labour
 * Code ({@link LabourCodeHolidays}) and is provisional: a ward cannot stop receiving citizens because next year's
 * notice is not out yet. Every count that touches a provisional year is reported to the observer, so that it can be
 * counted again once the official notice is loaded ({@link #install}).
 */
public final class WorkingCalendar {

    /** The ward's days are Vietnamese days: every conversion between an instant and a date uses this zone. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A day as people read it in the ward: 05/02/2026. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** How a date counted on a provisional year is shown to people. */
    public static final String PROVISIONAL = "dự kiến, theo lịch nghỉ chưa công bố";

    private final Map<Integer, YearDays> officialYears = new ConcurrentHashMap<>();

    private final Map<Integer, YearDays> provisionalYears = new ConcurrentHashMap<>();

    private final Consumer<DayComputation> provisionalCounts;

    /** @param provisionalCounts told of every count that touched a provisional year */
    WorkingCalendar(Collection<CalendarYear> officialYears, Consumer<DayComputation> provisionalCounts) {
        officialYears.forEach(this::install);
        this.provisionalCounts = provisionalCounts;
    }

    /** Makes an official year effective at once, replacing its provisional (or earlier official) days. */
    void install(CalendarYear year) {
        if (year.provisional()) {
            throw new IllegalArgumentException("year " + year.year() + " is not official");
        }
        officialYears.put(year.year(), new YearDays(year));
        provisionalYears.remove(year.year());
    }

    public boolean isWorkingDay(LocalDate day) {
        return daysOf(day.getYear()).isWorkingDay(day);
    }

    /** Whether the year's days off are computed from the Labour Code because its official notice is not loaded. */
    public boolean isProvisional(int year) {
        return !officialYears.containsKey(year);
    }

    /** The provisional years from one day to another (in either order), usually none. */
    public NavigableSet<Integer> provisionalYearsBetween(LocalDate one, LocalDate other) {
        int first = Math.min(one.getYear(), other.getYear());
        int last = Math.max(one.getYear(), other.getYear());
        return IntStream.rangeClosed(first, last).filter(this::isProvisional).boxed()
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<Integer> officialYears() {
        return new TreeSet<>(officialYears.keySet());
    }

    /** The days of a year that are not the usual Monday–Friday week, as this calendar uses them. */
    CalendarYear year(int year) {
        return daysOf(year).source;
    }

    /** The n-th working day after the event; the event day itself is never counted. */
    public LocalDate addWorkingDays(LocalDate event, int n) {
        return counted(DayComputation.Step.WORKING_DAYS_AFTER, event, n, stepWorkingDays(event, n, 1));
    }

    /** The event plus n days; a last day that is not a working day moves to the next working day (Civil Code). */
    public LocalDate addCalendarDays(LocalDate event, int n) {
        requireNotNegative(n);
        requireCountable(event);
        LocalDate day = event.plusDays(n);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return counted(DayComputation.Step.CALENDAR_DAYS_AFTER, event, n, day);
    }

    /** The working day n working days before the given day, e.g. to warn ahead of a deadline. */
    public LocalDate subtractWorkingDays(LocalDate day, int n) {
        return counted(DayComputation.Step.WORKING_DAYS_BEFORE, day, n, stepWorkingDays(day, n, -1));
    }

    private LocalDate counted(DayComputation.Step step, LocalDate from, int n, LocalDate result) {
        if (!provisionalYearsBetween(from, result).isEmpty()) {
            provisionalCounts.accept(new DayComputation(step, from, n, result));
        }
        return result;
    }

    /** Moves day by day in the given direction (+1 or -1) until n working days are passed. */
    private LocalDate stepWorkingDays(LocalDate from, int n, int direction) {
        requireNotNegative(n);
        requireCountable(from);
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

    private YearDays daysOf(int year) {
        YearDays official = officialYears.get(year);
        return official != null ? official
                : provisionalYears.computeIfAbsent(year, y -> new YearDays(LabourCodeHolidays.forYear(y)));
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** A count from a day of a year no calendar knows (a mistyped year) is refused naming that year, not where it ends. */
    private void requireCountable(LocalDate from) {
        daysOf(from.getYear());
    }

    private static void requireNotNegative(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("số ngày không được âm: " + n);
        }
    }

    /** One year's days off and make-up Saturdays, looked up per day. */
    private static final class YearDays {

        private final CalendarYear source;
        private final Set<LocalDate> daysOff;
        private final Set<LocalDate> makeUpWorkdays;

        YearDays(CalendarYear source) {
            this.source = source;
            this.daysOff = source.entries().stream().filter(entry -> entry.kind().isDayOff())
                    .map(CalendarEntry::date).collect(Collectors.toUnmodifiableSet());
            this.makeUpWorkdays = source.entries().stream().filter(entry -> !entry.kind().isDayOff())
                    .map(CalendarEntry::date).collect(Collectors.toUnmodifiableSet());
        }

        boolean isWorkingDay(LocalDate day) {
            return makeUpWorkdays.contains(day) || !daysOff.contains(day) && !isWeekend(day);
        }
    }
}
