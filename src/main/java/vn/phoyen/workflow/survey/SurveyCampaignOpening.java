package vn.phoyen.workflow.survey;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service step {@code ${surveyCampaignOpening}}: on its first day the campaign takes answers. */
@Component("surveyCampaignOpening")
class SurveyCampaignOpening implements JavaDelegate {

    private final SurveyCampaigns campaigns;

    SurveyCampaignOpening(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.opened(execution.getProcessInstanceId());
    }
}
