package vn.phoyen.workflow.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.ProvisionalNote;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * Notes on a task (its description, shown in Tasklist) that its due date lies in a year whose official holidays are not
 * published, so it was counted on the Labour Code's days and may still move: in front of the description the model
 * gives the task, if any. The note goes when the due date no longer lies in such a year (the notice loaded, or the
 * date changed).
 */
@Component
class ProvisionalDueDateNote implements EveryUserTaskListener {

    private final WorkingCalendar calendar;

    ProvisionalDueDateNote(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE, TaskListener.EVENTNAME_UPDATE);
    }

    @Override
    public void notify(DelegateTask task) {
        String current = task.getDescription();
        Date due = task.getDueDate();
        int year = due == null ? 0 : ProcessDeadlines.toLocalDate(due).getYear();
        String described = due != null && calendar.isProvisional(year)
                ? ProvisionalNote.on(year, current) : ProvisionalNote.off(current);
        if (!Objects.equals(described, current)) {
            task.setDescription(described);
        }
    }
}
