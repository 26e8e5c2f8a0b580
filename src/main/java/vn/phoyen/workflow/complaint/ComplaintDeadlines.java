package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.process.WardClock;

/**
 * The deadlines of a complaint's steps as the model uses them (bean {@code complaintDeadlines}), every one from the
 * statutory table: the resolution deadline counted from acceptance (Art. 28), the internal steps spaced out before it,
 * the time the complainant has to complain again or sue (Art. 33), the day the decision takes legal effect (Art. 43),
 * and the ward's own standards for notices and the implementation. A remote area's rows apply only when the ward
 * setting {@code ward.complaint.remote-area} says so (the case's {@code remoteArea}).
 */
@Component("complaintDeadlines")
public class ComplaintDeadlines {

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
        LocalDate today = WardClock.today();
        return ProcessDeadlines.endOf(step.isBefore(today) ? today : step);
    }

    /**
     * End of the time the complainant has to complain again or sue (Art. 33), counted from the day the decision was
     * received or, when no decision came in time, from the last day of the resolution period.
     */
    public Date responseDue(Object from, Object remoteArea) {
        return wardCalendar.deadline(ComplaintPeriods.code(ComplaintPeriods.RESPONSE, remoteArea), from);
    }

    /** End of the last day before the decision takes legal effect (Art. 43): 30 days from its issue. */
    public Date legalEffectDue(Object decisionSignedOn, Object remoteArea) {
        return wardCalendar.deadline(ComplaintPeriods.code(ComplaintPeriods.LEGAL_EFFECT, remoteArea), decisionSignedOn);
    }

    /** A written notice or decision of the case (suspension, rights): the ward's standard, from today. */
    public Date noticeDue() {
        return wardCalendar.deadline(ComplaintPeriods.NOTICE, WardClock.today());
    }

    /** The implementation of a decision in legal effect: the ward's standard, from the day it took effect. */
    public Date implementationDue(Object legalEffectDate) {
        return wardCalendar.deadline(ComplaintPeriods.IMPLEMENTATION, legalEffectDate);
    }
}
