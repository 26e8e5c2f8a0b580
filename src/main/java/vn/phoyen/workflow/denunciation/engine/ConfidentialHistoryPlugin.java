package vn.phoyen.workflow.denunciation.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.denunciation.DenouncerIdentity;
import vn.phoyen.workflow.platform.HistoryEventFilter;

/**
 * Keeps the denouncer's identity out of history: wraps the engine's history event handler (after it is built, so
 * the default database handler and any custom ones stay as they are) and drops every variable event — historic
 * variable instance and historic detail alike, and the form property detail a submitted form records for each
 * String field — of a variable named as in {@link DenouncerIdentity#VARIABLES}, in
 * any process, and those {@link ConfidentialVariables} sealed in the current command. The history level stays full for
 * everything else.
 */
@Component
class ConfidentialHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new HistoryEventFilter(configuration.getHistoryEventHandler(),
                event -> !confidential(event)));
    }

    private static boolean confidential(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return confidential(variable.getProcessInstanceId(), variable.getVariableName());
        }
        // a form submitted (the denunciation's start form, a task form) also records each String field as a form
        // property detail
        return event instanceof HistoricFormPropertyEventEntity field
                && confidential(field.getProcessInstanceId(), field.getPropertyId());
    }

    private static boolean confidential(String processInstanceId, String name) {
        return DenouncerIdentity.VARIABLES.contains(name) || ConfidentialVariables.sealed(processInstanceId, name);
    }
}
