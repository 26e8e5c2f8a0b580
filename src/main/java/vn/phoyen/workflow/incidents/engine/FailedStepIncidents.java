package vn.phoyen.workflow.incidents.engine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.incidents.FailedSteps;

/**
 * The engine's own "failed job" incident, with its message in Vietnamese naming the step (what Cockpit shows), and
 * the supervising office told. Retrying it (Cockpit, {@code setJobRetries}) resolves it as the engine's default would.
 */
@Component
class FailedStepIncidents extends AbstractProcessEnginePlugin {

    /** The attempts of a job without a retry cycle (the engine's default number of retries). */
    private static final int ENGINE_DEFAULT_ATTEMPTS = 3;
    private static final Pattern REPETITIONS = Pattern.compile("^R(\\d+)/");

    /** Looked up when an incident happens: the notifier reads the staff from the engine being built here. */
    private final ObjectProvider<FailedSteps> failedSteps;

    FailedStepIncidents(ObjectProvider<FailedSteps> failedSteps) {
        this.failedSteps = failedSteps;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // a custom handler of the default's type takes its place
        configuration.setCustomIncidentHandlers(List.of(new Handler()));
    }

    /**
     * Attempts made before the incident under the configured cycle: "R3/PT5M" runs three times; a list of waits
     * ("PT10S,PT5M,PT10M") runs once more than it has waits, as the engine counts them.
     */
    static int attempts(String retryCycle) {
        String cycle = retryCycle == null ? "" : retryCycle.strip();
        if (cycle.isEmpty()) {
            return ENGINE_DEFAULT_ATTEMPTS;
        }
        Matcher repetitions = REPETITIONS.matcher(cycle);
        return repetitions.find() ? Integer.parseInt(repetitions.group(1)) : cycle.split(",").length + 1;
    }

    private final class Handler extends DefaultIncidentHandler {

        Handler() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public Incident handleIncident(IncidentContext context, String reason) {
            ProcessDefinitionEntity process = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(context.getProcessDefinitionId());
            ActivityImpl step = process.findActivity(context.getActivityId());
            String stepName = step == null || step.getName() == null ? context.getActivityId() : step.getName();
            String message = FailedSteps.incidentMessage(stepName,
                    attempts(Context.getProcessEngineConfiguration().getFailedJobRetryTimeCycle()), reason);
            Incident incident = super.handleIncident(context, message);
            ExecutionEntity execution = context.getExecutionId() == null ? null
                    : Context.getCommandContext().getExecutionManager().findExecutionById(context.getExecutionId());
            failedSteps.getObject().tellSupervisingOffice(
                    process.getName() == null ? process.getKey() : process.getName(),
                    execution == null ? null : execution.getProcessBusinessKey(), message);
            return incident;
        }
    }
}
