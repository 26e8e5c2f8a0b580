package vn.phoyen.workflow.feedback;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code routeFeedback}: the case keeps the {@code feedback-routing} decision's lead unit, support
 * units (their ids separated by a space) and approver, and its number labels its tasks. The decision's result is the
 * step's transient {@code decisionResult}, read here rather than by output parameters, which made the step a scope of
 * its own (ADR 0015).
 */
@Component("feedbackRoutingResult")
class FeedbackRoutingResult implements ExecutionListener {

    private final FeedbackRouting routing;

    FeedbackRoutingResult(FeedbackRouting routing) {
        this.routing = routing;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DmnDecisionResultEntries routed = ((DmnDecisionResult) execution.getVariable("decisionResult")).getSingleResult();
        if (routed == null) {
            throw new IllegalStateException("feedback-routing chose no unit for category " + execution.getVariable("category"));
        }
        Map<String, Object> result = routed.getEntryMap();
        execution.setVariable("leadUnit", result.get("leadUnit"));
        // the decision's ids, tidied (commas, repeats), kept as text, not a list: a JSON variable would cost the case
        // three byte arrays and their serialisation
        execution.setVariable("supportUnits", String.join(" ", routing.units((String) result.get("supportUnits"))));
        execution.setVariable("approver", result.get("approver"));
        execution.setVariable("taskLabel", execution.getProcessBusinessKey());
    }
}
