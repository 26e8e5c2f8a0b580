package vn.phoyen.workflow.survey;

import java.time.LocalDate;
import java.util.List;

/** What the office sets for a campaign, checked: period, service area, units and the questionnaire it asks. */
record CampaignPlan(ServiceArea area, LocalDate from, LocalDate to, List<String> units, Questionnaire questionnaire) {

    CampaignPlan {
        units = List.copyOf(units);
    }
}
