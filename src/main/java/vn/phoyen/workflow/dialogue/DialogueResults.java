package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code publishDialogueResults}: to whom the results were sent ({@code resultsRecipients}): every
 * residential group's head, and the media outlet ({@code mediaOutlet}) when {@code resultsSentToMedia}.
 */
@Component("dialogueResults")
class DialogueResults implements ExecutionListener {

    private final DialoguePetitions petitions;

    DialogueResults(DialoguePetitions petitions) {
        this.petitions = petitions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable("resultsRecipients", petitions.recipients(execution.getVariable("resultsSentToGroupHeads"),
                execution.getVariable("resultsSentToMedia"), execution.getVariable("mediaOutlet")));
    }
}
