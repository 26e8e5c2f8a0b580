package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Start of {@code recordPublication}, one instance per checklist item: the item's own empty record. */
@Component("planPublicationStart")
class PlanPublicationStart implements ExecutionListener {

    @Override
    public void notify(DelegateExecution instance) {
        StepRecords.blank(instance, PlanPublicationRecord.FIELDS);
    }
}
