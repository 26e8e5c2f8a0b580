package vn.phoyen.workflow.plan.yearclose;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Start listener {@code ${yearCloseStart}} of {@code plan-year-close}: the year must have plan data and be neither
 * closed nor being closed; a refused start leaves no instance. The running closes are looked for whatever the
 * starter may read.
 */
@Component("yearCloseStart")
class YearCloseStart implements ExecutionListener {

    private final YearClose yearClose;

    YearCloseStart(YearClose yearClose) {
        this.yearClose = yearClose;
    }

    @Override
    public void notify(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        YearClose.Opening opening = yearClose.open(execution.getVariable(YearClose.PLAN_YEAR),
                businessKey -> EngineCommands.withoutAuthorization(() -> runtime.createProcessInstanceQuery()
                        .processDefinitionKey(YearClose.PROCESS_KEY).processInstanceBusinessKey(businessKey)
                        .count() > 0));
        execution.setVariable(YearClose.PLAN_YEAR, opening.year());
        execution.setProcessBusinessKey(opening.businessKey());
    }
}
