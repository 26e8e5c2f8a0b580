package vn.phoyen.workflow.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener {@code ${surveyCampaignStart}} of {@code survey-campaign}: checks the office's plan (a refused start
 * leaves no instance), records the campaign and gives the instance its key {@code KS-{year}-{nnn}}.
 */
@Component("surveyCampaignStart")
class SurveyCampaignStart implements ExecutionListener {

    private final SurveyCampaigns campaigns;

    SurveyCampaignStart(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CampaignPlan plan = CampaignVariables.read(campaigns, execution);
        execution.setProcessBusinessKey(campaigns.open(execution.getProcessInstanceId(), plan));
        CampaignVariables.write(campaigns, execution, plan);
    }
}
