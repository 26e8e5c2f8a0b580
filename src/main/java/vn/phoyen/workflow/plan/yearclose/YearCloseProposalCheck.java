package vn.phoyen.workflow.plan.yearclose;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener {@code ${yearCloseProposalCheck}} of {@code proposeCommendations}: refuses a proposal without grounds,
 * naming the unit (the task stays open); passes the proposals to the Chairman as the decisions to keep or change
 * ({@code decideCommendations} opens with its answer and reason fresh, ADR 0015).
 */
@Component("yearCloseProposalCheck")
class YearCloseProposalCheck implements ExecutionListener {

    private final YearClose yearClose;

    YearCloseProposalCheck(YearClose yearClose) {
        this.yearClose = yearClose;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        execution.setVariable(YearClose.ROWS, yearClose.proposed((Integer) execution.getVariable(YearClose.PLAN_YEAR),
                execution.getVariable(YearClose.ROWS)));
    }
}
