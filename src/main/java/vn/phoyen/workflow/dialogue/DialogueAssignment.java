package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code assignIssues}: every issue has a unit that answers it.
 */
@Component("dialogueAssignment")
class DialogueAssignment implements ExecutionListener {

    private final DialogueConferences conferences;

    DialogueAssignment(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable("issues", conferences.assigned(execution.getVariable("issues")));
    }
}
