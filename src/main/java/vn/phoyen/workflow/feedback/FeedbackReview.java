package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code markUnderReview}: a low rating sends the answer to the supervising office, which the
 * residents' page shows.
 */
@Component("feedbackReview")
class FeedbackReview implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackReview(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        flow.underReview(execution.getProcessInstanceId());
    }
}
