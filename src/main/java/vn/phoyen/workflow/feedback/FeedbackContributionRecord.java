package vn.phoyen.workflow.feedback;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/**
 * End listener of {@code contributeToAnswer}, one instance per support unit: the unit's contribution joins the
 * case's {@code contributions}, which the officer drafting the answer reads (a multi-instance step allows no output
 * mapping, so each instance adds its own record).
 */
@Component("feedbackContributionRecord")
class FeedbackContributionRecord implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (!execution.isCanceled()) {
            StepRecords.append(execution, "contributions", List.of("supportUnit", "supportUnitName", "contribution"));
        }
    }
}
