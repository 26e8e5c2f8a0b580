package vn.phoyen.workflow.calendar;

import java.time.LocalDate;

/** A time limit as set by a legal text (or the ward's own standard) from {@code effectiveFrom} on. */
public record StatutoryPeriod(String code, LocalDate effectiveFrom, int days, DayCount count, String citation) {

    StatutoryPeriod withDays(int overriddenDays) {
        return new StatutoryPeriod(code, effectiveFrom, overriddenDays, count, citation);
    }
}
