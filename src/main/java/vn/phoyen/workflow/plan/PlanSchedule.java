package vn.phoyen.workflow.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * When a plan task's periodic report is written: the window opens on a set day of the period's last month
 * and the report is due on another (moved to the next working day when that day is off), as ward plans
 * usually require ("báo cáo trước ngày 15 của tháng cuối quý").
 */
public class PlanSchedule {

    private final WorkingCalendar calendar;
    private final PlanProperties properties;

    PlanSchedule(WorkingCalendar calendar, PlanProperties properties) {
        this.calendar = calendar;
        this.properties = properties;
    }

    /** The periods of a plan year that have not ended before the plan takes effect. */
    public List<ReportingPeriod> periods(int year, LocalDate planEffectiveFrom) {
        ReportingCycle cycle = properties.reportingCycle();
        return IntStream.rangeClosed(1, cycle.periodsPerYear())
                .mapToObj(index -> new ReportingPeriod(year, cycle, index))
                .filter(period -> !period.lastDay().isBefore(planEffectiveFrom))
                .toList();
    }

    public LocalDate reportOpens(ReportingPeriod period) {
        return period.lastMonth().atDay(properties.reportOpensDay());
    }

    public LocalDate reportDue(ReportingPeriod period) {
        return calendar.addCalendarDays(period.lastMonth().atDay(properties.reportDueDay()), 0);
    }
}
