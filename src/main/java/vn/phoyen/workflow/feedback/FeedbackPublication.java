package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code publishAnswer}: the approved answer is published and sent; {@code ratingClosesAt} (null when the
 * case was rated already) and {@code phoneCalls} (senders to call; no variable when every sender got an e-mail, which
 * spares a case a JSON variable and its history) for the model. The moment of publication is kept in the register
 * ({@code ward_feedback.published_at}, which the residents' page, the feed and the portal export read), not as a
 * variable no step reads.
 */
@Component("feedbackPublication")
class FeedbackPublication implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackPublication(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = WardClock.instant();
        FeedbackFlow.Publication publication = flow.publish(execution.getProcessInstanceId(),
                CaseVariables.text(execution, "answer"), CaseVariables.text(execution, "senderReply"), now);
        execution.setVariable("ratingClosesAt",
                publication.ratingClosesAt() == null ? null : Date.from(publication.ratingClosesAt()));
        if (publication.phoneCalls().isEmpty()) {
            // every sender was e-mailed: no list of calls is left from an earlier publication either
            execution.removeVariable("phoneCalls");
        } else {
            execution.setVariable("phoneCalls", new ArrayList<>(
                    publication.phoneCalls().stream().map(FeedbackFlow.PhoneCall::asRecord).toList()));
        }
    }
}
