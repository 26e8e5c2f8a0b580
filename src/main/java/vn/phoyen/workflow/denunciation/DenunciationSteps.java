package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * The steps the {@code denunciation} model runs, through the delegate beans {@code denunciationAcceptance},
 * {@code denunciationInitialExtension}, {@code denunciationResolutionExtension}, {@code denunciationSuspension},
 * {@code denunciationResumption} and {@code denunciationPublicationCheck} (delegates, not method expressions, so a
 * refusal reaches Tasklist unwrapped); the deadlines come from {@link ResolutionSchedule}. A refused step fails the
 * completion of the task that asked for it, so the task stays open with the reason shown.
 */
@Component
class DenunciationSteps {

    private final ResolutionSchedule schedule;
    private final StatutoryPeriods periods;

    DenunciationSteps(StatutoryPeriods periods) {
        this.periods = periods;
        this.schedule = new ResolutionSchedule(periods::deadline,
                acceptedOn -> periods.inForce("denunciation-extension", acceptedOn).days());
    }

    /**
     * The Chairman's acceptance decision (Art. 29): {@code acceptedOn} is the decision's date,
     * {@code resolutionDueDate} 30 days on (Art. 30), {@code acceptanceNoticeDueDate} 5 working days on.
     */
    void accept(DelegateExecution execution) {
        LocalDate acceptedOn = day(execution, "acceptanceDecisionDate");
        execution.setVariable("acceptedOn", ProcessDeadlines.startOf(acceptedOn));
        execution.setVariable("suspendedDays", 0L);
        execution.setVariable("resolutionDueDate", ProcessDeadlines.endOf(schedule.resolutionDue(acceptedOn)));
        execution.setVariable("acceptanceNoticeDueDate",
                ProcessDeadlines.endOf(periods.deadline("denunciation-acceptance-notice", acceptedOn)));
    }

    /** The one extension of the initial processing, to 10 working days from receipt (Art. 24). */
    void extendInitialProcessing(DelegateExecution execution) {
        ResolutionSchedule.checkInitialExtension(Boolean.TRUE.equals(execution.getVariable("initialExtended")));
        execution.setVariable("initialExtended", true);
        execution.setVariable("initialExtendedOn", WardClock.now());
    }

    /**
     * Extension number 1 or 2 of the resolution as the Chairman decided it (Art. 30), counted from the acceptance date,
     * recorded as {@code extension<N>Reason|DecisionNumber|DecisionDate|Complexity|DueDate}.
     */
    void extendResolution(DelegateExecution execution) {
        Number count = (Number) execution.getVariable("extensionCount");
        ResolutionSchedule.Extension extension = schedule.extend(count == null ? 0 : count.intValue(),
                (String) execution.getVariable("complexity"), day(execution, "acceptanceDecisionDate"),
                suspendedDays(execution));
        Date newDue = ProcessDeadlines.endOf(extension.newDue());
        int n = extension.number();
        execution.setVariable("extensionCount", n);
        execution.setVariable("extensionNumber", n);
        for (String field : new String[] {"Reason", "DecisionNumber", "DecisionDate"}) {
            execution.setVariable("extension" + n + field, execution.getVariable("extension" + field));
        }
        execution.setVariable("extension" + n + "Complexity", execution.getVariable("complexity"));
        execution.setVariable("extension" + n + "DueDate", newDue);
        execution.setVariable("resolutionDueDate", newDue);
    }

    /** The Chairman suspended the resolution (Art. 34): from the decision's date the period stops running. */
    void suspend(DelegateExecution execution) {
        execution.setVariable("suspended", true);
        execution.setVariable("suspendedOn", ProcessDeadlines.startOf(day(execution, "suspensionDecisionDate")));
    }

    /**
     * The Chairman resumed the resolution (Art. 34): the days suspended do not count, so the deadline is counted
     * again from the acceptance date with the extensions so far and every day suspended, and moved once.
     */
    void resume(DelegateExecution execution) {
        long days = ResolutionSchedule.suspendedDays(day(execution, "suspensionDecisionDate"),
                day(execution, "resumptionDecisionDate"));
        long total = suspendedDays(execution) + days;
        Number count = (Number) execution.getVariable("extensionCount");
        execution.setVariable("suspended", false);
        execution.setVariable("suspendedDays", total);
        execution.setVariable("resolutionDueDate", ProcessDeadlines.endOf(schedule.due(
                day(execution, "acceptanceDecisionDate"), count == null ? 0 : count.intValue(), total)));
    }

    /** The publication must be confirmed not to reveal the denouncer (Art. 40). */
    void checkPublication(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("identityProtected"))) {
            throw new Refusal(
                    "Phải xác nhận nội dung công khai không làm lộ thông tin người tố cáo (biến 'identityProtected')");
        }
    }

    private static long suspendedDays(DelegateExecution execution) {
        return execution.getVariable("suspendedDays") instanceof Number days ? days.longValue() : 0L;
    }

    private static LocalDate day(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        if (value == null) {
            throw new Refusal("Thiếu ngày '" + name + "'");
        }
        return value instanceof String text ? LocalDate.parse(text.strip()) : ProcessDeadlines.toLocalDate(value);
    }
}
