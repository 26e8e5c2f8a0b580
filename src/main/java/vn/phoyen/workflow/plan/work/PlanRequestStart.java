package vn.phoyen.workflow.plan.work;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Start of {@code answerRequest}, one instance per invited body: its own empty reply and its name for the form. */
@Component("planRequestStart")
class PlanRequestStart implements ExecutionListener {

    private final PlanWorkExpressions planWork;

    PlanRequestStart(PlanWorkExpressions planWork) {
        this.planWork = planWork;
    }

    @Override
    public void notify(DelegateExecution instance) {
        StepRecords.blank(instance, PlanRequestReply.FIELDS);
        instance.setVariableLocal("invitedUnitName", planWork.unitName((String) instance.getVariable("invitedUnit")));
    }
}
