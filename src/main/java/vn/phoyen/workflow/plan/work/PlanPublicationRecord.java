package vn.phoyen.workflow.plan.work;

import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.StepRecords;

/** Completion of {@code recordPublication}: where and when the checklist item was published joins {@code publications}. */
@Component("planPublicationRecord")
class PlanPublicationRecord implements TaskListener {

    static final List<String> FIELDS = List.of("publishedWhere", "publishedWhereOther", "publishedOn", "documentLink");

    @Override
    public void notify(DelegateTask task) {
        List<String> record = new java.util.ArrayList<>(List.of("publicationItem"));
        record.addAll(FIELDS);
        StepRecords.append(task, "publications", record);
    }
}
