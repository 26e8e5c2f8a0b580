package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Listener of the case's end (also when an administrator deletes it) and of {@code feedbackClosed}: the read model
 * says closed, unless the case was merged or rejected.
 */
@Component("feedbackClosing")
class FeedbackClosing implements ExecutionListener {

    private final FeedbackFlow flow;

    FeedbackClosing(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void notify(DelegateExecution execution) {
        flow.close(execution.getProcessInstanceId());
    }
}
