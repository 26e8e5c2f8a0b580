package vn.phoyen.workflow.process.engine;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;

/**
 * A {@link Refusal} thrown by a step, a listener or a start check leaves the engine as the engine's own
 * {@link BadUserRequestException} with the refusal's message, however the engine wrapped it on the way (a task
 * listener's exception comes wrapped): Tasklist and the REST APIs answer it 400 naming the field (ADR 0002).
 */
@Component
class RefusalsAtTheEngineEdge extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // outside the transaction: the step's work is rolled back before the refusal leaves the engine
        EngineCommands.interceptOutsideTransaction(configuration, new Interceptor());
    }

    /** The refusal among {@code thrown} and its causes, or null. */
    static Refusal refusalIn(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static final class Interceptor extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException thrown) {
                Refusal refusal = thrown instanceof BadUserRequestException ? null : refusalIn(thrown);
                if (refusal == null) {
                    throw thrown;
                }
                throw new BadUserRequestException(refusal.getMessage(), refusal);
            }
        }
    }
}
