package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code assignOfficer}: an officer answers the case now, which the residents' page shows (unless
 * the lead unit found the matter outside the ward's competence: {@code transferFeedback} then says so).
 */
@Component("feedbackAssignment")
class FeedbackAssignment implements ExecutionListener {

    private final FeedbackFlow flow;

    FeedbackAssignment(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled() || "transfer".equals(execution.getVariable("assignmentDecision"))) {
            return;
        }
        flow.inProgress(execution.getProcessInstanceId());
    }
}
