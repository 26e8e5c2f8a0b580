package vn.phoyen.workflow.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${surveyCampaignDecision}} of {@code approveCampaign}: the Chairman's approve-or-return
 * (ADR 0004), refused when incomplete or when approving a campaign past its last day.
 */
@Component("surveyCampaignDecision")
class SurveyCampaignDecision implements ExecutionListener {

    private final SurveyCampaigns campaigns;

    SurveyCampaignDecision(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        campaigns.decide(execution.getProcessInstanceId(), execution.getVariable(ApprovalDecision.VARIABLE),
                execution.getVariable(ApprovalDecision.RETURN_REASON), WardClock.today());
    }
}
