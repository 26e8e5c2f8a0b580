package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code contributeToAnswer}, one instance per support unit: the instance's own empty
 * {@code contribution} (the engine applies a multi-instance step's input mappings once for all instances, so what one
 * unit writes would be shown to the next) and {@code supportUnitName} for its form.
 */
@Component("feedbackContributionStart")
class FeedbackContributionStart implements ExecutionListener {

    private final FeedbackFlow flow;

    FeedbackContributionStart(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariableLocal("contribution", null);
        execution.setVariableLocal("supportUnitName", flow.unitName(CaseVariables.text(execution, "supportUnit")));
    }
}
