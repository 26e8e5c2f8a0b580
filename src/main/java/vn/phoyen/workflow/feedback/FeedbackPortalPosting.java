package vn.phoyen.workflow.feedback;

import java.util.Date;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener of {@code postToPortal}: who recorded the posting of the answer on the national portal
 * ({@code portalPostedBy}) and when ({@code portalRecordedAt}); the day the office posted it is the form's
 * {@code portalPostedOn}. The case file then shows who answered the resident on the portal ("rõ trách nhiệm").
 */
@Component("feedbackPortalPosting")
class FeedbackPortalPosting implements ExecutionListener {

    private final IdentityService identities;

    FeedbackPortalPosting(IdentityService identities) {
        this.identities = identities;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable("portalPostedBy", CurrentStaff.of(identities).map(CurrentStaff::userId).orElse(null));
        execution.setVariable("portalRecordedAt", Date.from(WardClock.instant()));
    }
}
