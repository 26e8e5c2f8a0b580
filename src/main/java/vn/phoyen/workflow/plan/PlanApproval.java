package vn.phoyen.workflow.plan;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.document.Signers;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${planApproval}} of the supervisors' step (ADR 0004): {@code approvalDecision} approve or return,
 * a return with its {@code returnReason}; an approval is the signature of a Chairman or Vice-Chairman, so it is refused
 * from anyone else (an administrator can complete any task), and who signed on which day is recorded for the issue.
 */
@Component("planApproval")
class PlanApproval implements ExecutionListener {

    static final String APPROVE = "approve";

    private final Signers signers;

    PlanApproval(Signers signers) {
        this.signers = signers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        Object decision = execution.getVariable("approvalDecision");
        if (!Set.of(APPROVE, "return").contains(decision)) {
            throw new Refusal("Cần chọn ý kiến ('approvalDecision': approve hoặc return)");
        }
        if (!APPROVE.equals(decision)) {
            if (!(execution.getVariable("returnReason") instanceof String reason && !reason.isBlank())) {
                throw new Refusal("Cần ghi lý do trả lại dự thảo kế hoạch ('returnReason')");
            }
            return;
        }
        String approverId = CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null);
        signers.signatureOf(approverId);
        execution.setVariable("approvedBy", approverId);
        execution.setVariable("approvedOn", WardClock.today().toString());
    }
}
