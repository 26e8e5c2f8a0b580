package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code recordRating}: the sender's rating ({@code ratingScore}, {@code ratingComment}, from the
 * residents' page) goes to the read model and the satisfaction index.
 */
@Component("feedbackRatingRecord")
class FeedbackRatingRecord implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackRatingRecord(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String comment = CaseVariables.text(execution, "ratingComment");
        flow.rated(execution.getProcessInstanceId(), ((Number) execution.getVariable("ratingScore")).intValue(),
                comment == null ? "" : comment, WardClock.instant());
    }
}
