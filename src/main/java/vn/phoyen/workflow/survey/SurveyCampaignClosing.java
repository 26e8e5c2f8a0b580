package vn.phoyen.workflow.survey;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service step {@code ${surveyCampaignClosing}}: after its last day the campaign takes no more answers; its figures
 * go to the office's review ({@code surveyResults}, a table; {@code respondents}).
 */
@Component("surveyCampaignClosing")
class SurveyCampaignClosing implements JavaDelegate {

    static final String RESULTS = "surveyResults";
    static final String RESPONDENTS = "respondents";

    private final SurveyCampaigns campaigns;

    SurveyCampaignClosing(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<SurveyResult> results = campaigns.close(execution.getProcessInstanceId());
        execution.setVariable(RESPONDENTS, results.stream().mapToInt(SurveyResult::respondents).sum());
        execution.setVariable(RESULTS, SurveyTable.markdown(results));
    }
}
