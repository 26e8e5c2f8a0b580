package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Start of {@code contributeToReport}, one instance per support unit: its own empty contribution and the unit's name for the form. */
@Component("planContributionStart")
class PlanContributionStart implements ExecutionListener {

    private final PlanWorkExpressions planWork;

    PlanContributionStart(PlanWorkExpressions planWork) {
        this.planWork = planWork;
    }

    @Override
    public void notify(DelegateExecution instance) {
        StepRecords.blank(instance, List.of("contribution", "evidenceLinks"));
        instance.setVariableLocal("supportUnitName", planWork.unitName((String) instance.getVariable("supportUnit")));
    }
}
