package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code assignOfficer}: an officer answers the case now, which the residents' page shows.
 */
@Component("feedbackAssignment")
class FeedbackAssignment implements ExecutionListener {

    private final FeedbackFlow flow;

    FeedbackAssignment(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        flow.inProgress(execution.getProcessInstanceId());
    }
}
