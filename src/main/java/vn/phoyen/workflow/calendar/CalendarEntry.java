package vn.phoyen.workflow.calendar;

import java.time.LocalDate;

/** One line of a holidays file: a day that differs from the normal Monday–Friday week. */
record CalendarEntry(LocalDate date, DayKind kind, String name) {
}
