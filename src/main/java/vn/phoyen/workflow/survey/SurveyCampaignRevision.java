package vn.phoyen.workflow.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;

/**
 * End listener {@code ${surveyCampaignRevision}} of {@code reviseCampaign}: a resubmitted plan is checked again (the
 * task stays open on a refusal) and recorded; a withdrawn campaign is marked so, and takes no code.
 */
@Component("surveyCampaignRevision")
class SurveyCampaignRevision implements ExecutionListener {

    static final String DECISION = "revisionDecision";

    private final SurveyCampaigns campaigns;

    SurveyCampaignRevision(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = execution.getVariable(DECISION);
        if ("withdraw".equals(decision)) {
            campaigns.withdrawn(execution.getProcessInstanceId());
        } else if ("resubmit".equals(decision)) {
            CampaignPlan plan = CampaignVariables.read(campaigns, execution);
            campaigns.revise(execution.getProcessInstanceId(), plan);
            CampaignVariables.write(campaigns, execution, plan);
        } else {
            throw new Refusal("Cần chọn trình lại hoặc hủy đợt khảo sát ('" + DECISION + "': resubmit hoặc withdraw)");
        }
    }
}
