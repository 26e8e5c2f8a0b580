package vn.phoyen.workflow.feedback;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.DeadlinesRevised;

/** Keeps the due date residents see in step with the case when the official calendar moves it. */
@Component
class FeedbackDueDateRevision {

    private final FeedbackRecords records;

    FeedbackDueDateRevision(FeedbackRecords records) {
        this.records = records;
    }

    @EventListener
    void revised(DeadlinesRevised revision) {
        records.byProcessInstance(revision.processInstanceId()).ifPresent(row -> {
            var moved = revision.movedDays().get(row.dueDate());
            if (moved != null) {
                records.dueDate(revision.processInstanceId(), moved);
            }
        });
    }
}
