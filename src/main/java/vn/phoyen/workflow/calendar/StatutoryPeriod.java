package vn.phoyen.workflow.calendar;

import java.time.LocalDate;

/** A time limit as set by a legal text (or the ward's own standard) from {@code effectiveFrom} on. */
public record StatutoryPeriod(String code, LocalDate effectiveFrom, int days, DayCount count, String citation) {

    /**
     * Whether a law sets it (the citation names a law), as opposed to the ward's own service standard or rule
     * ("Tiêu chuẩn phục vụ…", "Quy định của UBND phường…"), which the ward may lengthen as well as shorten.
     */
    boolean setByLaw() {
        return citation.startsWith("Luật ");
    }

    StatutoryPeriod withDays(int overriddenDays) {
        return new StatutoryPeriod(code, effectiveFrom, overriddenDays, count, citation);
    }
}
