package vn.phoyen.workflow.tasklist;

import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * Notes on a task (its description, shown in Tasklist) that its due date lies in a year whose official holidays are not
 * published, so it was counted on the Labour Code's days and may still move. The note goes when the due date no longer
 * does (the notice loaded, or the date changed); a description written for another reason is left alone.
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
        if (current != null && !WorkingCalendar.isProvisionalNote(current)) {
            return;
        }
        Date due = task.getDueDate();
        int year = due == null ? 0 : ProcessDeadlines.toLocalDate(due).getYear();
        String note = due != null && calendar.isProvisional(year) ? WorkingCalendar.provisionalNote(year) : null;
        if (!Objects.equals(note, current)) {
            task.setDescription(note);
        }
    }
}
