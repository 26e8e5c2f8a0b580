package vn.phoyen.workflow.reception;

import java.time.LocalDate;

import org.springframework.lang.Nullable;

/**
 * The Chairman's reception day of one ISO week.
 *
 * @param weekStart the Monday of the week
 * @param date      the reception day, or null when the week has no working day at all (e.g. Tết)
 * @param weekday   the day's name in Vietnamese ("Thứ Sáu"), null with the date
 * @param note      why the day is not the usual weekday, or why the week has none; null for a usual week
 */
public record ReceptionDay(LocalDate weekStart, @Nullable LocalDate date, @Nullable String weekday,
                           @Nullable String note) {
}
