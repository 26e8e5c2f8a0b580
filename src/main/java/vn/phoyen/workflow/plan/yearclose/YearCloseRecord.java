package vn.phoyen.workflow.plan.yearclose;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code recordCommendations} ({@code ${yearCloseRecord}}): the decision per unit into its table. */
@Component("yearCloseRecord")
class YearCloseRecord implements JavaDelegate {

    private final YearClose yearClose;

    YearCloseRecord(YearClose yearClose) {
        this.yearClose = yearClose;
    }

    @Override
    public void execute(DelegateExecution execution) {
        yearClose.record((Integer) execution.getVariable(YearClose.PLAN_YEAR), execution.getVariable(YearClose.ROWS),
                (String) execution.getVariable(YearCloseDecisionCheck.DECIDED_BY),
                LocalDate.parse((String) execution.getVariable(YearCloseDecisionCheck.DECIDED_ON)),
                execution.getProcessInstanceId());
    }
}
