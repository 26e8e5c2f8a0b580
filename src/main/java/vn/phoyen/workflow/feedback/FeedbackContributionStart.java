package vn.phoyen.workflow.feedback;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

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
        StepRecords.blank(execution, List.of("contribution"));
        execution.setVariableLocal("supportUnitName", flow.unitName(CaseVariables.text(execution, "supportUnit")));
    }
}
