package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code mergeFeedback}: the case ends merged into the open one it repeats ({@code possibleDuplicateOf}),
 * whose answer its sender then receives.
 */
@Component("feedbackMerge")
class FeedbackMerge implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackMerge(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        flow.merge(execution.getProcessInstanceId(), CaseVariables.text(execution, "possibleDuplicateOf"));
    }
}
