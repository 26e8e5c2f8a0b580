package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code prepareAnswers}: the unit's answers go into the conference's {@code issues}.
 */
@Component("dialoguePreparationRecord")
class DialoguePreparationRecord implements ExecutionListener {

    private final DialogueConferences conferences;

    DialoguePreparationRecord(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable("issues", conferences.prepared(execution.getVariable("issues"),
                (String) execution.getVariable("answeringUnit"), execution.getVariableLocal("unitIssues")));
    }
}
