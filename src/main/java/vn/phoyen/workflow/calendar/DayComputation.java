package vn.phoyen.workflow.calendar;

import java.time.LocalDate;

/**
 * One day counted by the calendar (e.g. 5 working days after 28/12/2026 is 05/01/2027), kept so that it can be
 * counted again when the official notice of a year replaces its provisional days.
 */
public record DayComputation(Step step, LocalDate from, int days, LocalDate result) {

    public enum Step {
        WORKING_DAYS_AFTER, CALENDAR_DAYS_AFTER, WORKING_DAYS_BEFORE
    }

    /** The same count on the calendar as it stands now, from a start day that may itself have been revised. */
    public LocalDate recount(WorkingCalendar calendar, LocalDate revisedFrom) {
        return switch (step) {
            case WORKING_DAYS_AFTER -> calendar.addWorkingDays(revisedFrom, days);
            case CALENDAR_DAYS_AFTER -> calendar.addCalendarDays(revisedFrom, days);
            case WORKING_DAYS_BEFORE -> calendar.subtractWorkingDays(revisedFrom, days);
        };
    }
}
