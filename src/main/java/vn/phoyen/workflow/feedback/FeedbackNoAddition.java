package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code closeWithoutAddition}: no addition in time; the sender reads why the case ended.
 */
@Component("feedbackNoAddition")
class FeedbackNoAddition implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackNoAddition(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        flow.noAddition(execution.getProcessInstanceId());
    }
}
