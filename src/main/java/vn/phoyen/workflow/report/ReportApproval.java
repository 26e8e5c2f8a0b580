package vn.phoyen.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.document.Signers;

/**
 * End listener {@code ${reportApproval}} of the approval, after the answer check: an approval is a supervisor's
 * signature, so it is refused from anyone else (an administrator can complete any task); it records who signed and
 * on which day, for the clerk's later step that issues the report.
 */
@Component("reportApproval")
class ReportApproval implements ExecutionListener {

    static final String APPROVED_BY = "approvedBy";
    static final String APPROVED_ON = "approvedOn";

    private final Signers signers;

    ReportApproval(Signers signers) {
        this.signers = signers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled() || !ReportAnswers.APPROVED.equals(execution.getVariable(ReportAnswers.DECISION))) {
            return;
        }
        String approverId = CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null);
        signers.signatureOf(approverId);
        execution.setVariable(APPROVED_BY, approverId);
        execution.setVariable(APPROVED_ON, WardClock.today().toString());
    }
}
