package vn.phoyen.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.document.Signers;
import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${planApproval}} of the supervisors' step (ADR 0004): {@code approvalDecision} approve or return,
 * a return with its {@code returnReason}; an approval is the signature of a Chairman or Vice-Chairman, so it is refused
 * from anyone else (an administrator can complete any task), and who signed on which day is recorded for the issue.
 */
@Component("planApproval")
class PlanApproval implements ExecutionListener {

    private final Signers signers;

    PlanApproval(Signers signers) {
        this.signers = signers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        if (ApprovalDecision.of(execution.getVariable(ApprovalDecision.VARIABLE),
                execution.getVariable(ApprovalDecision.RETURN_REASON), "dự thảo kế hoạch") == ApprovalDecision.RETURN) {
            return;
        }
        String approverId = CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null);
        signers.signatureOf(approverId);
        execution.setVariable("approvedBy", approverId);
        execution.setVariable("approvedOn", WardClock.today().toString());
    }
}
