package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code prepareAnswers}, one instance per unit concerned: the unit's name and its own issues
 * ({@code answeringUnitName}, {@code unitIssues}).
 */
@Component("dialoguePreparationStart")
class DialoguePreparationStart implements ExecutionListener {

    private final DialogueConferences conferences;

    DialoguePreparationStart(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DialogueConferences.Preparation preparation = conferences.preparation(execution.getVariable("issues"),
                (String) execution.getVariable("answeringUnit"));
        execution.setVariableLocal("answeringUnitName", preparation.unitName());
        execution.setVariableLocal("unitIssues", preparation.unitIssues());
    }
}
