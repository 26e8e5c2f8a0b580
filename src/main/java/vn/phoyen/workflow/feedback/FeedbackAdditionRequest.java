package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task {@code askForMore}: triage asks the sender for more; {@code additionDueDate} is when the case stops
 * waiting for it.
 */
@Component("feedbackAdditionRequest")
class FeedbackAdditionRequest implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackAdditionRequest(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("additionDueDate",
                flow.askForMore(execution.getProcessInstanceId(), CaseVariables.text(execution, "triageNotice")));
    }
}
