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
        return facts.isEmpty() ? null : after(null, facts);
    }

    /**
     * The case as {@code before} (the case told by its earlier facts; null for none) and then {@code facts}, the same
     * case's next facts in the order recorded, tell it: reading all its facts at once gives the same.
     */
    static RecordedCase after(RecordedCase before, List<CaseFact> facts) {
        String caseNumber = before == null ? null : before.caseNumber();
        LocalDate received = before == null ? null : before.standing().receivedOn();
        String unit = before == null ? null : before.standing().unit();
        LocalDate due = before == null ? null : before.standing().dueOn();
        LocalDate resolved = before == null ? null : before.resolvedOn();
        LocalDate ended = before == null ? null : before.endedOn();
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
        return new RecordedCase(before == null ? first.processKey() : before.processKey(), first.processInstanceId(),
                caseNumber, new CaseStanding(received, unit, due), resolved, ended);
    }
}
