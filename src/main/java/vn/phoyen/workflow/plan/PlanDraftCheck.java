package vn.phoyen.workflow.plan;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener {@code ${planDraftCheck}} of the office's editing: the draft is submitted only if it reads as the launch
 * will read it; otherwise the task stays open with the file and the line named. (The Chairman then decides afresh:
 * {@code approvePlan} names its fields as fresh, ADR 0015.)
 */
@Component("planDraftCheck")
class PlanDraftCheck implements ExecutionListener {

    private final PlanEditions editions;

    PlanDraftCheck(PlanEditions editions) {
        this.editions = editions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        editions.checkDraft((Integer) execution.getVariable("planYear"));
    }
}
