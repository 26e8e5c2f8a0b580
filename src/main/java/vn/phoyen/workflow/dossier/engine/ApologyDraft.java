package vn.phoyen.workflow.dossier.engine;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.dossier.Apology;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${dossierApologyDraft}} of the officer's draft: the reason and the working days checked, the new
 * appointment counted on the calendar ({@code newAppointment}, end of that day, and its text for the letter).
 */
@Component("dossierApologyDraft")
class ApologyDraft implements ExecutionListener {

    private final Apology apology;

    ApologyDraft(Apology apology) {
        this.apology = apology;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        LocalDate newAppointment = apology.newAppointment(execution.getVariable("lateReason"),
                execution.getVariable("extraWorkingDays"), WardClock.today());
        execution.setVariable("newAppointment", ProcessDeadlines.endOf(newAppointment));
        execution.setVariable("newAppointmentText", WorkingCalendar.DAY.format(newAppointment));
    }
}
