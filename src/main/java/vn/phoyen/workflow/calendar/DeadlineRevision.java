package vn.phoyen.workflow.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.calendar.engine.ProvisionalCountLedger;
import vn.phoyen.workflow.duedates.StatutoryDueDates;

/**
 * Counts again, on the calendar as it stands now, every day a running case counted on a provisional year
 * ({@link ProvisionalCountLedger}), and moves what rested on a day that changed: the case's date variables (and days
 * written out for people, dd/MM/yyyy), its open tasks' due dates and its timers. Counts are redone in the order they
 * were made, each from its start day as already revised, so a warning counted back from a deadline follows the
 * deadline. The dates of the instances the case called move with it. Each case is revised in its own transaction, and the change is written to the case's history
 * ({@value #REVISIONS_VARIABLE}). If two counts of one case ended on the same day and the notice moves them
 * differently, the day moves as the later count says: the case cannot tell which date came from which count.
 */
class DeadlineRevision {

    /** Process variable: what the official calendar changed in the case's deadlines, one line per change. */
    static final String REVISIONS_VARIABLE = "deadlineRevisions";

    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    DeadlineRevision(JdbcTemplate jdbc, WorkingCalendar calendar, RuntimeService runtime, TaskService tasks,
            ManagementService management, ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Revises every case with a provisional count; returns how many cases had a date moved. */
    int reviseAll(String reason, LocalDate today) {
        List<String> instances = jdbc.queryForList(
                "SELECT DISTINCT process_instance_id FROM ward_provisional_count ORDER BY process_instance_id", String.class);
        int revised = 0;
        for (String instance : instances) {
            Boolean moved = transaction.execute(status -> revise(instance, reason, today));
            if (Boolean.TRUE.equals(moved)) {
                revised++;
            }
        }
        return revised;
    }

    /** Takes the provisional note off the tasks due in a year whose official notice is now loaded. */
    void clearProvisionalNotes(int year) {
        for (Task task : tasks.createTaskQuery().taskDescriptionLike(ProvisionalNote.text(year) + "%").list()) {
            task.setDescription(ProvisionalNote.off(task.getDescription()));
            tasks.saveTask(task);
        }
    }

    private boolean revise(String processInstanceId, String reason, LocalDate today) {
        if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0) {
            jdbc.update("DELETE FROM ward_provisional_count WHERE process_instance_id = ?", processInstanceId);
            return false;
        }
        Map<LocalDate, LocalDate> moved = recount(processInstanceId);
        if (!moved.isEmpty()) {
            // the instances the case called hold copies of its deadlines (e.g. the escalation's deadline)
            for (String instance : withCalledInstances(processInstanceId)) {
                moveVariables(instance, moved);
                moveTasks(instance, moved);
                moveTimers(instance, moved);
            }
            recordInHistory(processInstanceId, moved, reason, today);
            events.publishEvent(new DeadlinesRevised(processInstanceId, moved));
        }
        Integer left = jdbc.queryForObject("SELECT COUNT(*) FROM ward_provisional_count WHERE process_instance_id = ?",
                Integer.class, processInstanceId);
        runtime.setVariable(processInstanceId, ProvisionalCountLedger.PROVISIONAL_VARIABLE, left != null && left > 0);
        return !moved.isEmpty();
    }

    private List<String> withCalledInstances(String processInstanceId) {
        List<String> tree = new ArrayList<>(List.of(processInstanceId));
        for (int i = 0; i < tree.size(); i++) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(tree.get(i)).list()
                    .forEach(called -> tree.add(called.getId()));
        }
        return tree;
    }

    private Map<LocalDate, LocalDate> recount(String processInstanceId) {
        Map<LocalDate, LocalDate> moved = new LinkedHashMap<>();
        List<KeptCount> counts = jdbc.query(
                "SELECT id, step, from_day, days, result_day FROM ward_provisional_count WHERE process_instance_id = ? ORDER BY id",
                (row, n) -> new KeptCount(row.getLong("id"), new DayComputation(DayComputation.Step.valueOf(row.getString("step")),
                        row.getDate("from_day").toLocalDate(), row.getInt("days"), row.getDate("result_day").toLocalDate())),
                processInstanceId);
        for (KeptCount kept : counts) {
            DayComputation count = kept.count();
            LocalDate from = moved.getOrDefault(count.from(), count.from());
            LocalDate result = count.recount(calendar, from);
            if (!result.equals(count.result())) {
                moved.put(count.result(), result);
            }
            if (calendar.provisionalYearsBetween(from, result).isEmpty()) {
                jdbc.update("DELETE FROM ward_provisional_count WHERE id = ?", kept.id());
            } else {
                jdbc.update("UPDATE ward_provisional_count SET from_day = ?, result_day = ? WHERE id = ?",
                        Date.valueOf(from), Date.valueOf(result), kept.id());
            }
        }
        return moved;
    }

    private void moveVariables(String processInstanceId, Map<LocalDate, LocalDate> moved) {
        for (VariableInstance variable : runtime.createVariableInstanceQuery().processInstanceIdIn(processInstanceId).list()) {
            Object revised = revisedValue(variable.getValue(), moved);
            if (revised == null) {
                continue;
            }
            if (variable.getTaskId() != null) {
                tasks.setVariableLocal(variable.getTaskId(), variable.getName(), revised);
            } else {
                runtime.setVariableLocal(variable.getExecutionId(), variable.getName(), revised);
            }
        }
    }

    /** The value moved to its new day, keeping its time of day; null when it does not rest on a moved day. */
    private static Object revisedValue(Object value, Map<LocalDate, LocalDate> moved) {
        if (value instanceof java.util.Date date) {
            LocalDateTime local = LocalDateTime.ofInstant(date.toInstant(), WorkingCalendar.ZONE);
            LocalDate day = moved.get(local.toLocalDate());
            return day == null ? null : java.util.Date.from(day.atTime(local.toLocalTime()).atZone(WorkingCalendar.ZONE).toInstant());
        }
        if (value instanceof String text && text.length() == 10) {
            try {
                LocalDate day = moved.get(LocalDate.parse(text, WorkingCalendar.DAY));
                return day == null ? null : WorkingCalendar.DAY.format(day);
            } catch (DateTimeParseException notADay) {
                return null;
            }
        }
        return null;
    }

    private void moveTasks(String processInstanceId, Map<LocalDate, LocalDate> moved) {
        for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
            Object due = revisedValue(task.getDueDate(), moved);
            Object followUp = revisedValue(task.getFollowUpDate(), moved);
            if (due != null || followUp != null) {
                if (due != null) {
                    task.setDueDate((java.util.Date) due);
                }
                if (followUp != null) {
                    task.setFollowUpDate((java.util.Date) followUp);
                }
                // the system's own revision: the lock on statutory due dates lets it through, whoever loaded the notice
                StatutoryDueDates.systemRevision(() -> tasks.saveTask(task));
            }
        }
    }

    private void moveTimers(String processInstanceId, Map<LocalDate, LocalDate> moved) {
        for (Job timer : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            Object due = revisedValue(timer.getDuedate(), moved);
            if (due != null) {
                management.setJobDuedate(timer.getId(), (java.util.Date) due);
            }
        }
    }

    private void recordInHistory(String processInstanceId, Map<LocalDate, LocalDate> moved, String reason, LocalDate today) {
        Object earlier = runtime.getVariable(processInstanceId, REVISIONS_VARIABLE);
        String change = "%s: %s; hạn %s".formatted(WorkingCalendar.DAY.format(today), reason,
                moved.entrySet().stream().map(day -> WorkingCalendar.DAY.format(day.getKey()) + " → "
                        + WorkingCalendar.DAY.format(day.getValue())).collect(Collectors.joining(", ")));
        runtime.setVariable(processInstanceId, REVISIONS_VARIABLE, earlier == null ? change : earlier + "\n" + change);
    }

    private record KeptCount(long id, DayComputation count) {
    }
}
