package vn.phoyen.workflow.plan;

import java.util.Date;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/** The plan schedule as models see it (bean {@code planSchedule}), with period codes in and Dates out. */
public class PlanScheduleExpressions {

    private final PlanSchedule schedule;

    PlanScheduleExpressions(PlanSchedule schedule) {
        this.schedule = schedule;
    }

    public Date reportOpens(String periodCode) {
        return ProcessDeadlines.startOf(schedule.reportOpens(ReportingPeriod.parse(periodCode)));
    }

    public Date reportDue(String periodCode) {
        return ProcessDeadlines.endOf(schedule.reportDue(ReportingPeriod.parse(periodCode)));
    }

    public String label(String periodCode) {
        return ReportingPeriod.parse(periodCode).label();
    }
}
