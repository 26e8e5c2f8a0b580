package vn.phoyen.workflow.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * Sets a task's follow-up date to the start of the second working day before its due date, so the
 * "Sắp đến hạn / Quá hạn" filter (follow-up date passed) shows it from then on, overdue tasks included. A task due
 * sooner than that is due soon from its creation: Tasklist shows "Nhắc việc" then, not a day before the task existed.
 */
@Component
class DueSoonFollowUp implements EveryUserTaskListener {

    static final int WARNING_WORKING_DAYS = 2;

    private final ProcessDeadlines deadlines;

    DueSoonFollowUp(ProcessDeadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE);
    }

    @Override
    public void notify(DelegateTask task) {
        Date due = task.getDueDate();
        if (due == null) {
            return;
        }
        Date followUp = latest(deadlines.warningBefore(due, WARNING_WORKING_DAYS), task.getCreateTime());
        if (!Objects.equals(followUp, task.getFollowUpDate())) {
            task.setFollowUpDate(followUp);
        }
    }

    private static Date latest(Date warning, Date created) {
        return created != null && created.after(warning) ? created : warning;
    }
}
