package vn.phoyen.workflow.calendar;

import java.util.List;

/**
 * The days of one year that differ from the normal Monday–Friday week: from the official notice (a holidays file), or
 * computed from the Labour Code while no notice is published ({@code provisional}).
 */
record CalendarYear(int year, List<CalendarEntry> entries, boolean provisional) {

    CalendarYear {
        entries = List.copyOf(entries);
    }
}
