package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code recordDialogue}: each issue answered, each commitment complete; {@code commitmentCount}
 * commitments are then tracked one by one.
 */
@Component("dialogueMinutes")
class DialogueMinutes implements ExecutionListener {

    private final DialogueConferences conferences;

    DialogueMinutes(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        DialogueConferences.Minutes minutes = conferences.minutes(execution.getVariable("issues"),
                execution.getVariable("commitments"), execution.getVariable("conferenceDate"));
        execution.setVariable("issues", minutes.issues());
        execution.setVariable("commitments", minutes.commitments());
        execution.setVariable("commitmentCount", minutes.commitments().size());
    }
}
