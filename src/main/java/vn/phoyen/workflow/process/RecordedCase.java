package vn.phoyen.workflow.process;

import java.time.LocalDate;
import java.util.List;

/**
 * One case as its facts tell it: its latest received day, unit and due day, the day it was first resolved and the day
 * its process ended.
 */
public record RecordedCase(String processKey, String processInstanceId, String caseNumber, CaseStanding standing,
        LocalDate resolvedOn, LocalDate endedOn) {

    /** The facts of one case, in the order recorded; null for none. */
    public static RecordedCase of(List<CaseFact> facts) {
        if (facts.isEmpty()) {
            return null;
        }
        String caseNumber = null;
        LocalDate received = null;
        String unit = null;
        LocalDate due = null;
        LocalDate resolved = null;
        LocalDate ended = null;
        for (CaseFact fact : facts) {
            caseNumber = fact.caseNumber() == null ? caseNumber : fact.caseNumber();
            switch (fact.kind()) {
                case RECEIVED -> received = fact.day();
                case UNIT -> unit = fact.unit();
                case DUE -> due = fact.day();
                case RESOLVED -> resolved = resolved == null || fact.day().isBefore(resolved) ? fact.day() : resolved;
                case ENDED -> ended = fact.day();
            }
        }
        CaseFact first = facts.get(0);
        return new RecordedCase(first.processKey(), first.processInstanceId(), caseNumber,
                new CaseStanding(received, unit, due), resolved, ended);
    }
}
