package vn.phoyen.workflow.tasklist.engine;

import java.lang.reflect.Field;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.platform.WardRuleRefusal;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Handing a task to someone else is the work of the unit's heads (and the administrators): an officer may take a
 * task ("Nhận việc") or give it back to the unit, not name another holder ({@code POST /task/{id}/assignee}, which
 * Tasklist calls, or a save of the whole task, {@code PUT /task/{id}}). Steps the engine runs on someone's behalf (nested commands, no one logged in) pass.
 */
@Component
class HandOverRule extends AbstractProcessEnginePlugin {

    static final String REFUSED = "Chỉ lãnh đạo đơn vị (hoặc quản trị viên) được giao việc cho người khác; "
            + "cán bộ có thể nhận việc hoặc trả việc về đơn vị";
    private static final Field NEW_HOLDER = newHolderField();

    private final Organization organization;

    HandOverRule(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        EngineCommands.interceptOutsideTransaction(configuration, new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                Optional<String> holder = Context.getCommandContext() != null ? Optional.empty()
                        : command instanceof AssignTaskCmd assignment ? newHolder(assignment)
                        : command instanceof SaveTaskCmd save ? newHolder(save) : Optional.empty();
                holder.ifPresent(newHolder -> CurrentStaff.of(configuration.getIdentityService()).ifPresent(staff -> {
                    if (!newHolder.equals(staff.userId()) && !mayHandOver(staff)) {
                        throw new WardRuleRefusal(REFUSED);
                    }
                }));
                return next.execute(command);
            }
        });
    }

    private boolean mayHandOver(CurrentStaff staff) {
        return staff.isAdministrator() || staff.isInAny(organization.units().stream().map(Unit::headsGroupId).toList());
    }

    /** A save of the whole task ({@code PUT /task/{id}}) that names another holder. */
    private static Optional<String> newHolder(SaveTaskCmd save) {
        TaskEntity task = EngineCommands.taskBeingSaved(save);
        PropertyChange change = task == null ? null : task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        if (change == null || Objects.equals(change.getOrgValue(), change.getNewValue())) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) change.getNewValue());
    }

    private static Optional<String> newHolder(AssignTaskCmd assignment) {
        try {
            return Optional.ofNullable((String) NEW_HOLDER.get(assignment));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field newHolderField() {
        try {
            Field field = AbstractAddIdentityLinkCmd.class.getDeclaredField("userId");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's AssignTaskCmd no longer keeps the new assignee as userId", e);
        }
    }
}
