package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener of {@code dialogueRequested}: the conference's lists ({@code issues}, {@code commitments}) its forms
 * fill; a conference opened on the residents' petition ({@code dialogueOrigin} {@code petition}) records it
 * ({@code petitionDate}, {@code petitionSummary}, {@code petitionSignatures}) or is refused, naming the field.
 */
@Component("dialogueOpening")
class DialogueOpening implements ExecutionListener {

    private final DialogueConferences conferences;
    private final DialoguePetitions petitions;

    DialogueOpening(DialogueConferences conferences, DialoguePetitions petitions) {
        this.conferences = conferences;
        this.petitions = petitions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        petitions.petition(execution.getVariable("dialogueOrigin"), execution.getVariable("petitionDate"),
                execution.getVariable("petitionSummary"), execution.getVariable("petitionSignatures"),
                WardClock.today()).ifPresent(petition -> {
                    execution.setVariable("petitionDate", ProcessDeadlines.startOf(petition.date()));
                    execution.setVariable("petitionSummary", petition.summary());
                    execution.setVariable("petitionSignatures", petition.signatures());
                });
        execution.setVariable("issues", conferences.noIssues());
        execution.setVariable("commitments", conferences.blankCommitments());
    }
}
