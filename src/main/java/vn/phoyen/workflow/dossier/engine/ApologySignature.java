package vn.phoyen.workflow.dossier.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.dossier.Apology;
import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${dossierApologySignature}} of the head's step (ADR 0004): {@code approvalDecision} approve
 * (signed: who and when, the day promised to the resident, and the new appointment recorded beside the dossier) or
 * return with {@code returnReason}.
 */
@Component("dossierApologySignature")
class ApologySignature implements ExecutionListener {

    private final Apology apology;

    ApologySignature(Apology apology) {
        this.apology = apology;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (ApprovalDecision.of(execution.getVariable(ApprovalDecision.VARIABLE),
                execution.getVariable(ApprovalDecision.RETURN_REASON), "phiếu xin lỗi") == ApprovalDecision.RETURN) {
            return;
        }
        execution.setVariable("signedBy", CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null));
        execution.setVariable("signedOn", WardClock.today().toString());
        // the day promised in the letter sent: a returned draft's day is not one (the next draft's form names this)
        execution.setVariable("promisedAppointmentText", execution.getVariable("newAppointmentText"));
        apology.signed((String) execution.getVariable("dossierCode"),
                ProcessDeadlines.toLocalDate(execution.getVariable("newAppointment")));
    }
}
