package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Completion of {@code contributeToReport}: the unit's contribution joins the report's {@code contributions}. */
@Component("planContributionRecord")
class PlanContributionRecord implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        StepRecords.append(task, "contributions", List.of("supportUnit", "supportUnitName", "contribution", "evidenceLinks"));
    }
}
