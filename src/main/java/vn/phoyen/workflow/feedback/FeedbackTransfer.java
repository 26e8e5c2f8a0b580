package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code transferFeedback}: the matter is outside the ward's competence (decided at triage or at
 * assignment); the sender reads the notice ({@code transferNotice}) naming the competent body ({@code competentBody})
 * on the residents' page, and the case ends as transferred.
 */
@Component("feedbackTransfer")
class FeedbackTransfer implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackTransfer(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        flow.transfer(execution.getProcessInstanceId(), CaseVariables.text(execution, "competentBody"),
                CaseVariables.text(execution, "transferNotice"));
    }
}
