package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code rejectFeedback}: not taken up at triage, with the notice ({@code triageNotice}) the sender
 * reads on the residents' page.
 */
@Component("feedbackRejection")
class FeedbackRejection implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackRejection(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        flow.reject(execution.getProcessInstanceId(), CaseVariables.text(execution, "triageNotice"));
    }
}
