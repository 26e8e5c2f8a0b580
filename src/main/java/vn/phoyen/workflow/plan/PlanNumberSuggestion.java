package vn.phoyen.workflow.plan;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.document.DocumentRegister;

/**
 * Create listener {@code ${planNumberSuggestion}} of the clerk's step: fills the register number with the system's
 * suggestion in series KH-UBND for the year the plan was approved; the clerk keeps it or enters the register's own.
 */
@Component("planNumberSuggestion")
class PlanNumberSuggestion implements TaskListener {

    private final PlanEditions editions;

    PlanNumberSuggestion(PlanEditions editions) {
        this.editions = editions;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = LocalDate.parse((String) task.getVariable("approvedOn")).getYear();
        task.getExecution().setVariable(DocumentRegister.REGISTER_NUMBER, editions.suggestedNumber(year));
    }
}
