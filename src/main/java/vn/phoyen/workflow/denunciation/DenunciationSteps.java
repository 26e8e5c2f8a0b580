package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;

/**
 * The steps the {@code denunciation} model runs, through the delegate beans {@code denunciationAcceptance},
 * {@code denunciationInitialExtension}, {@code denunciationResolutionExtension} and
 * {@code denunciationPublicationCheck} (delegates, not method expressions, so a refusal reaches Tasklist unwrapped);
 * each hands over to {@link ResolutionSchedule}. A refused extension fails the completion of the task that asked for
 * it, so the task stays open with the reason shown.
 */
@Component
class DenunciationSteps {

    private final ResolutionSchedule schedule;

    DenunciationSteps(StatutoryPeriods periods) {
        this.schedule = new ResolutionSchedule(periods::deadline);
    }

    /** Accept: {@code acceptedOn} today, {@code resolutionDueDate} 30 days on. */
    void accept(DelegateExecution execution) {
        Date now = ClockUtil.getCurrentTime();
        execution.setVariable("acceptedOn", now);
        execution.setVariable("resolutionDueDate",
                ProcessDeadlines.endOf(schedule.resolutionDue(ProcessDeadlines.toLocalDate(now))));
    }

    /** The one extension of the initial processing, to 10 working days from receipt. */
    void extendInitialProcessing(DelegateExecution execution) {
        try {
            ResolutionSchedule.checkInitialExtension(Boolean.TRUE.equals(execution.getVariable("initialExtended")));
        } catch (ResolutionSchedule.ExtensionRefused refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        execution.setVariable("initialExtended", true);
        execution.setVariable("initialExtendedOn", ClockUtil.getCurrentTime());
    }

    /** Extension number 1 or 2 of the resolution, recorded as {@code extension<N>Reason|DecisionDate|DueDate}. */
    void extendResolution(DelegateExecution execution) {
        Number count = (Number) execution.getVariable("extensionCount");
        LocalDate currentDue = ProcessDeadlines.toLocalDate(execution.getVariable("resolutionDueDate"));
        ResolutionSchedule.Extension extension;
        try {
            extension = schedule.extend(count == null ? 0 : count.intValue(), currentDue);
        } catch (ResolutionSchedule.ExtensionRefused refused) {
            throw new BadUserRequestException(refused.getMessage());
        }
        Date newDue = ProcessDeadlines.endOf(extension.newDue());
        int n = extension.number();
        execution.setVariable("extensionCount", n);
        execution.setVariable("extensionNumber", n);
        execution.setVariable("extension" + n + "Reason", execution.getVariable("extensionReason"));
        execution.setVariable("extension" + n + "DecisionDate", execution.getVariable("extensionDecisionDate"));
        execution.setVariable("extension" + n + "DueDate", newDue);
        execution.setVariable("resolutionDueDate", newDue);
    }

    /** The publication must be confirmed not to reveal the denouncer (Art. 40). */
    void checkPublication(DelegateExecution execution) {
        if (!Boolean.TRUE.equals(execution.getVariable("identityProtected"))) {
            throw new BadUserRequestException(
                    "Phải xác nhận nội dung công khai không làm lộ thông tin người tố cáo (biến 'identityProtected')");
        }
    }
}
