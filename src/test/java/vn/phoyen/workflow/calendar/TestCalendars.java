package vn.phoyen.workflow.calendar;

import java.util.function.Consumer;

/** The ward's calendar as the application builds it from the shipped notices (2025, 2026), for tests without Spring. */
public final class TestCalendars {

    private TestCalendars() {
    }

    public static WorkingCalendar shipped() {
        return shipped(count -> { });
    }

    static WorkingCalendar shipped(Consumer<DayComputation> provisionalCounts) {
        return new WorkingCalendar(HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY), provisionalCounts);
    }
}
