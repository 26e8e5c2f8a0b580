package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code recordAddition}: the sender's addition ({@code addition}, from the residents' page) joins the
 * content for the next triage; the message's variable is not kept apart from it.
 */
@Component("feedbackAddition")
class FeedbackAddition implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackAddition(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("content", flow.added(execution.getProcessInstanceId(),
                CaseVariables.text(execution, "content"), CaseVariables.text(execution, "addition"), WardClock.today()));
        execution.removeVariable("addition");
    }
}
