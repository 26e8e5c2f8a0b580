package vn.phoyen.workflow.plan.work;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Completion of {@code answerRequest}: the invited body's reply joins {@code requestReplies}. */
@Component("planRequestReply")
class PlanRequestReply implements TaskListener {

    static final List<String> FIELDS = List.of("reply", "evidenceLinks");

    @Override
    public void notify(DelegateTask task) {
        List<String> record = new ArrayList<>(List.of("invitedUnit", "invitedUnitName"));
        record.addAll(FIELDS);
        StepRecords.append(task, "requestReplies", record);
    }
}
