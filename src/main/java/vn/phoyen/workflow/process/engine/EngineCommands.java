package vn.phoyen.workflow.process.engine;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * What features need of the engine's command machinery, in one place so a move to a fork changes it once (ADR 0003):
 * work the system does for a ward rule rather than for the logged-in user, and interceptors around every command.
 */
public final class EngineCommands {

    private static final Field SAVED_TASK = savedTaskField();

    private EngineCommands() {
    }

    /**
     * The task a {@code TaskService.saveTask} command saves ({@code PUT /task/{id}}, Tasklist's saves), with its
     * property changes: the command keeps it in a field Camunda does not expose.
     */
    public static TaskEntity taskBeingSaved(SaveTaskCmd save) {
        try {
            return (TaskEntity) SAVED_TASK.get(save);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Field savedTaskField() {
        try {
            Field field = SaveTaskCmd.class.getDeclaredField("task");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's SaveTaskCmd has no field 'task' any more", e);
        }
    }

    /**
     * Inside a running command (a listener, a delegate): {@code work} with the engine's authorization checks off, for a
     * rule that grants or reads on its own account, not on that of the user whose step triggered it.
     */
    public static <T> T withoutAuthorization(Callable<T> work) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            throw new IllegalStateException("not inside an engine command");
        }
        return command.runWithoutAuthorization(work);
    }

    /**
     * The same from outside the engine (a controller, a notification): in a command of its own, or in the running one,
     * which the engine reuses.
     */
    public static <T> T withoutAuthorization(ProcessEngine engine, Callable<T> work) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(command -> command.runWithoutAuthorization(work));
    }

    /**
     * Around every command, before the transaction and the command context open: it sees what a command threw after
     * the transaction rolled back.
     */
    public static void interceptOutsideTransaction(ProcessEngineConfigurationImpl configuration,
            CommandInterceptor interceptor) {
        configuration.setCustomPreCommandInterceptorsTxRequired(
                appended(configuration.getCustomPreCommandInterceptorsTxRequired(), interceptor));
    }

    /** Around every command, inside its command context (the engine's entities and authentication at hand). */
    public static void interceptInsideCommand(ProcessEngineConfigurationImpl configuration,
            CommandInterceptor interceptor) {
        configuration.setCustomPostCommandInterceptorsTxRequired(
                appended(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptor));
    }

    /** Other plugins may have registered interceptors already: theirs stay, in their order. */
    private static List<CommandInterceptor> appended(List<CommandInterceptor> registered,
            CommandInterceptor interceptor) {
        List<CommandInterceptor> interceptors = registered == null ? new ArrayList<>() : new ArrayList<>(registered);
        interceptors.add(interceptor);
        return interceptors;
    }
}
