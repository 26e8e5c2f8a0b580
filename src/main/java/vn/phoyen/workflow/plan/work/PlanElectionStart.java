package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Start of {@code residentialGroupElection}, one instance per residential group: the group's own empty record. */
@Component("planElectionStart")
class PlanElectionStart implements ExecutionListener {

    @Override
    public void notify(DelegateExecution instance) {
        StepRecords.blank(instance, PlanElectionRecord.FIELDS);
    }
}
