package vn.phoyen.workflow.process;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CaseFact.Kind;

/**
 * Records what happened to a case as {@link CaseFact}s, given plain values: the engine's recorder and the backfill
 * both come through here, so a case's facts mean the same however they were made.
 */
@Component
public class CaseFactRecorder {

    private final CaseFacts facts;

    CaseFactRecorder(CaseFacts facts) {
        this.facts = facts;
    }

    /** Records what of the standing differs from the standing recorded so far (nothing for a case not received). */
    public void standing(String processKey, String processInstanceId, String caseNumber, CaseStanding now) {
        RecordedCase recorded = RecordedCase.of(facts.of(processInstanceId));
        CaseStanding before = recorded == null ? new CaseStanding(null, null, null) : recorded.standing();
        if (now.receivedOn() == null && before.receivedOn() == null) {
            return;
        }
        List<CaseFact> changes = new ArrayList<>();
        if (!Objects.equals(before.receivedOn(), now.receivedOn())) {
            changes.add(new CaseFact(processKey, processInstanceId, caseNumber, Kind.RECEIVED, now.receivedOn(), null));
        }
        if (!Objects.equals(before.unit(), now.unit())) {
            changes.add(new CaseFact(processKey, processInstanceId, caseNumber, Kind.UNIT, null, now.unit()));
        }
        if (!Objects.equals(before.dueOn(), now.dueOn())) {
            changes.add(new CaseFact(processKey, processInstanceId, caseNumber, Kind.DUE, now.dueOn(), null));
        }
        if (!changes.isEmpty()) {
            facts.record(changes);
        }
    }

    /** A step that resolves the case was reached on {@code day}. */
    public void resolved(String processKey, String processInstanceId, String caseNumber, LocalDate day) {
        facts.record(List.of(new CaseFact(processKey, processInstanceId, caseNumber, Kind.RESOLVED, day, null)));
    }

    /** The case's process ended on {@code day}. */
    public void ended(String processKey, String processInstanceId, String caseNumber, LocalDate day) {
        facts.record(List.of(new CaseFact(processKey, processInstanceId, caseNumber, Kind.ENDED, day, null)));
    }
}
