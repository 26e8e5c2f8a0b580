package vn.phoyen.workflow.calendar;

import java.time.LocalDate;
import java.util.Map;

/**
 * Published when the official notice of a year moved days a case's deadlines rested on: old day → new day. Features
 * that keep a deadline outside the engine (the residents' feedback table) listen to it.
 */
public record DeadlinesRevised(String processInstanceId, Map<LocalDate, LocalDate> movedDays) {

    public DeadlinesRevised {
        movedDays = Map.copyOf(movedDays);
    }
}
