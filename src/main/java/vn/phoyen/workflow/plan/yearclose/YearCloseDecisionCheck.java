package vn.phoyen.workflow.plan.yearclose;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.ApprovalDecision;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * End listener {@code ${yearCloseDecisionCheck}} of {@code decideCommendations}: refuses a decision by anyone but a
 * supervisor, or one incomplete (the task stays open); an approval records who decided and on which day.
 */
@Component("yearCloseDecisionCheck")
class YearCloseDecisionCheck implements ExecutionListener {

    static final String DECIDED_BY = "decidedBy";
    static final String DECIDED_ON = "decidedOn";

    private final YearClose yearClose;

    YearCloseDecisionCheck(YearClose yearClose) {
        this.yearClose = yearClose;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String deciderId = CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null);
        Object approval = execution.getVariable(ApprovalDecision.VARIABLE);
        execution.setVariable(YearClose.ROWS, yearClose.decided((Integer) execution.getVariable(YearClose.PLAN_YEAR),
                approval, execution.getVariable(ApprovalDecision.RETURN_REASON), execution.getVariable(YearClose.ROWS),
                deciderId));
        if (ApprovalDecision.APPROVE.code().equals(approval)) {
            execution.setVariable(DECIDED_BY, deciderId);
            execution.setVariable(DECIDED_ON, WardClock.today().toString());
        }
    }
}
