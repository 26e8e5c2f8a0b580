package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code gatherIssues}, one instance per residential group: the group's own {@code groupIssues}
 * (the engine applies a multi-instance step's input mappings once for all instances).
 */
@Component("dialogueGatheringStart")
class DialogueGatheringStart implements ExecutionListener {

    private final DialogueConferences conferences;

    DialogueGatheringStart(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal("groupIssues", conferences.blankGroupIssues());
    }
}
