package vn.phoyen.workflow.plan.yearclose;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task {@code gatherResults} ({@code ${yearCloseGathering}}): each performing unit's figures and suggestion. */
@Component("yearCloseGathering")
class YearCloseGathering implements JavaDelegate {

    private final YearClose yearClose;

    YearCloseGathering(YearClose yearClose) {
        this.yearClose = yearClose;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(YearClose.ROWS, yearClose.results((Integer) execution.getVariable(YearClose.PLAN_YEAR)));
    }
}
