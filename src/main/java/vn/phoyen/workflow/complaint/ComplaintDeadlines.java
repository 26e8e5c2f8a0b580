package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * The deadlines of a complaint's steps as the model uses them (bean {@code complaintDeadlines}): the resolution
 * deadline counted from acceptance, the internal steps spaced out before it, and the time the complainant has to
 * react to the decision (Art. 33: 30 days, 45 in a remote area).
 */
@Component("complaintDeadlines")
public class ComplaintDeadlines {

    static final int RESPONSE_DAYS = 30;
    static final int RESPONSE_DAYS_REMOTE = 45;

    private final ProcessDeadlines wardCalendar;
    private final WorkingCalendar calendar;

    ComplaintDeadlines(ProcessDeadlines wardCalendar, WorkingCalendar calendar) {
        this.wardCalendar = wardCalendar;
        this.calendar = calendar;
    }

    /** End of the last day to resolve: the period {@code resolutionPeriodCode} counted from the acceptance day. */
    public Date resolutionDue(String resolutionPeriodCode, Object acceptedOn) {
        return wardCalendar.deadline(resolutionPeriodCode, acceptedOn);
    }

    /**
     * An internal step due {@code workingDays} working days before the resolution deadline, so that the later steps
     * keep their time; never before the end of today (a late case still gives today to the step).
     */
    public Date stepDue(Object resolutionDueDate, int workingDays) {
        LocalDate step = calendar.subtractWorkingDays(ProcessDeadlines.toLocalDate(resolutionDueDate), workingDays);
        LocalDate today = ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime());
        return ProcessDeadlines.endOf(step.isBefore(today) ? today : step);
    }

    /** End of the time the complainant has to accept the decision, complain again or sue (Art. 33). */
    public Date responseDue(Object decisionSentOn, Object remoteArea) {
        return wardCalendar.calendarDaysAfter(decisionSentOn,
                Boolean.TRUE.equals(remoteArea) ? RESPONSE_DAYS_REMOTE : RESPONSE_DAYS);
    }
}
