package vn.phoyen.workflow.calendar;

import java.util.List;

/** The content of one holidays file. A year is known to the calendar only if it has such a file. */
record CalendarYear(int year, List<CalendarEntry> entries) {

    CalendarYear {
        entries = List.copyOf(entries);
    }
}
