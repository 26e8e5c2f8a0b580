package vn.phoyen.workflow.survey;

import java.time.LocalDate;
import java.util.Date;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.process.WardClock;

/**
 * The variables a checked plan gives the model: the values as checked, the timers' dates (the first day's start and
 * the day after the last, ward time) and a line the tasks show.
 */
final class CampaignVariables {

    static final String OPENS_AT = "campaignOpensAt";
    static final String CLOSES_AT = "campaignClosesAt";
    static final String SUMMARY = "campaignSummary";

    private CampaignVariables() {
    }

    static CampaignPlan read(SurveyCampaigns campaigns, DelegateExecution execution) {
        return campaigns.plan(execution.getVariable(SurveyCampaigns.AREA), execution.getVariable(SurveyCampaigns.FROM),
                execution.getVariable(SurveyCampaigns.TO), execution.getVariable(SurveyCampaigns.UNITS),
                execution.getVariable(SurveyCampaigns.VERSION), WardClock.today());
    }

    static void write(SurveyCampaigns campaigns, DelegateExecution execution, CampaignPlan plan) {
        execution.setVariable(SurveyCampaigns.AREA, plan.area().code());
        execution.setVariable(SurveyCampaigns.FROM, plan.from().toString());
        execution.setVariable(SurveyCampaigns.TO, plan.to().toString());
        execution.setVariable(SurveyCampaigns.UNITS, String.join(", ", plan.units()));
        execution.setVariable(SurveyCampaigns.VERSION, plan.questionnaire().version());
        execution.setVariable(OPENS_AT, startOf(plan.from()));
        execution.setVariable(CLOSES_AT, startOf(plan.to().plusDays(1)));
        execution.setVariable(SUMMARY, "%s; từ %s đến %s; đơn vị: %s; bộ câu hỏi %s (%d câu, 5 yếu tố)".formatted(
                plan.area().label(), WorkingCalendar.DAY.format(plan.from()), WorkingCalendar.DAY.format(plan.to()),
                plan.units().stream().map(campaigns::unitName).collect(Collectors.joining(", ")),
                plan.questionnaire().version(), plan.questionnaire().questions().size()));
    }

    private static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(WardClock.ZONE).toInstant());
    }

}
