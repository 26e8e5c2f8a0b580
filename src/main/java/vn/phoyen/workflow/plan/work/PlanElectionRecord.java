package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** End of {@code residentialGroupElection}: the group's election joins {@code elections}. */
@Component("planElectionRecord")
class PlanElectionRecord implements ExecutionListener {

    static final List<String> FIELDS = List.of("electionDate", "votersInvited", "votersAttended", "candidates",
            "secretBallot", "electedName", "recognitionNumber", "recognizedOn", "resultsPublishedOn", "resultsPublishedWhere");

    @Override
    public void notify(DelegateExecution instance) {
        if (instance.isCanceled()) {
            return;
        }
        List<String> record = new java.util.ArrayList<>(List.of("residentialGroup"));
        record.addAll(FIELDS);
        StepRecords.append(instance, "elections", record);
    }
}
