package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code gatherIssues}: the group's issues join the conference's {@code issues}.
 */
@Component("dialogueGatheringRecord")
class DialogueGatheringRecord implements ExecutionListener {

    private final DialogueConferences conferences;

    DialogueGatheringRecord(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable("issues", conferences.gathered(execution.getVariable("issues"),
                (String) execution.getVariable("residentialGroup"), execution.getVariableLocal("groupIssues")));
    }
}
