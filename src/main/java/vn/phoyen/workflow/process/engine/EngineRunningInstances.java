package vn.phoyen.workflow.process.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.RunningInstances;

/** Asked of the engine's runtime without the caller's authorizations: a record's owner is the ward's, not the caller's. */
@Component
class EngineRunningInstances implements RunningInstances {

    private final ProcessEngine engine;

    EngineRunningInstances(ProcessEngine engine) {
        this.engine = engine;
    }

    @Override
    public boolean isRunning(String processInstanceId) {
        return EngineCommands.withoutAuthorization(engine, () -> engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(processInstanceId).count() > 0);
    }
}
