package vn.phoyen.workflow.survey;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

/** The satisfaction index of the sheets answered between two days (inclusive), for the dashboard and the report. */
@Component
public class SurveyResults {

    private final SurveyStore store;
    private final SurveyCampaigns campaigns;

    SurveyResults(SurveyStore store, SurveyCampaigns campaigns) {
        this.store = store;
        this.campaigns = campaigns;
    }

    /** Per quarter, service area and unit, in that order; empty when no sheet was answered. */
    public List<SurveyResult> between(LocalDate from, LocalDate to) {
        return SurveyIndex.results(store.counts(from, to, null), store.sheets(from, to, null), campaigns::unitName);
    }

    /** "87,5%", "–" for no index: as the report writes a share. */
    public static String percent(Double percent) {
        return SurveyTable.percent(percent);
    }
}
