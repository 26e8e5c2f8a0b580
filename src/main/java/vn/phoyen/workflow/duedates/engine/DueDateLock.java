package vn.phoyen.workflow.duedates.engine;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.duedates.StatutoryDueDates;
import vn.phoyen.workflow.platform.WardRuleRefusal;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * A user task's due date as its model set it (from the law or the ward's service standard) is locked: a change to it
 * through {@code TaskService.saveTask} (Tasklist, {@code PUT /engine-rest/task/{id}}) is refused with 403 for anyone
 * but an administrator. An administrator first gives the reason as the task-local String variable
 * {@value StatutoryDueDates#REASON_VARIABLE} (400 without it); the change is then recorded as a comment on the task
 * (who, when, old and new due date, why) and the reason variable is consumed, so each change needs its own reason.
 * Calls with nobody logged in (the engine's own work) and the calendar's revision after a holidays notice
 * ({@link StatutoryDueDates#systemRevision}) pass.
 *
 * <p>It is a command interceptor rather than a task listener because the engine wraps a listener's exception into a
 * 500; refused here, the caller gets Camunda's own 403 or 400 answer.
 */
@Component
class DueDateLock extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // inside the command context: the lock reads it, and its refusal rolls the whole save back
        EngineCommands.interceptInsideCommand(configuration, new Interceptor());
    }

    private static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            if (!(command instanceof SaveTaskCmd save)) {
                return next.execute(command);
            }
            TaskEntity task = EngineCommands.taskBeingSaved(save);
            PropertyChange change = task == null ? null : task.getPropertyChanges().get(TaskEntity.DUE_DATE);
            if (change == null || sameInstant(change.getOrgValue(), change.getNewValue()) || !isStatutory(task)
                    || StatutoryDueDates.inSystemRevision()) {
                return next.execute(command);
            }
            CommandContext context = Context.getCommandContext();
            Optional<CurrentStaff> staff =
                    CurrentStaff.of(context.getProcessEngineConfiguration().getIdentityService());
            if (staff.isEmpty()) {
                return next.execute(command);
            }
            if (!staff.get().isAdministrator()) {
                throw new WardRuleRefusal(StatutoryDueDates.CHANGE_REFUSED);
            }
            TaskService tasks = context.getProcessEngineConfiguration().getTaskService();
            VariableInstance reason = context.getProcessEngineConfiguration().getRuntimeService()
                    .createVariableInstanceQuery().taskIdIn(task.getId()).variableName(StatutoryDueDates.REASON_VARIABLE)
                    .singleResult();
            if (reason == null || !(reason.getValue() instanceof String text) || text.isBlank()) {
                throw new Refusal(StatutoryDueDates.REASON_MISSING);
            }
            T result = next.execute(command);
            tasks.createComment(task.getId(), task.getProcessInstanceId(), "Thay đổi hạn xử lý theo quy định: từ "
                    + day(change.getOrgValue()) + " sang " + day(change.getNewValue()) + "; người thay đổi: "
                    + staff.get().userId() + " (quản trị viên), lúc " + day(WardClock.now()) + "; lý do: " + text.strip());
            tasks.removeVariableLocal(task.getId(), StatutoryDueDates.REASON_VARIABLE);
            return result;
        }
    }

    /** A task of a model whose due date the model sets: a standalone task, or one the model gives no due date, is free. */
    private static boolean isStatutory(TaskEntity task) {
        if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
            return false;
        }
        TaskDefinition definition = task.getTaskDefinition();
        return definition != null && definition.getDueDateExpression() != null;
    }

    private static boolean sameInstant(Object before, Object after) {
        if (before instanceof Date a && after instanceof Date b) {
            return a.getTime() == b.getTime();
        }
        return before == null && after == null;
    }

    private static String day(Object value) {
        if (!(value instanceof Date date)) {
            return "(không có hạn)";
        }
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy HH:mm");
        format.setTimeZone(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        return format.format(date);
    }
}
