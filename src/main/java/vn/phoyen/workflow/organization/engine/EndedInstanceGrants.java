package vn.phoyen.workflow.organization.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * When a process instance ends (completed or deleted), the grants on it as a running instance (PROCESS_INSTANCE: the
 * units that took part, the case office's UPDATE) go with it, in one statement: they protect rows that are gone. The
 * grants on its history (HISTORIC_PROCESS_INSTANCE) stay and get the instance's removal time, so the history cleanup
 * removes them with the history. Without this every case left its runtime grants behind for ever (issue 15: about 9
 * rows a case, 18,300 after 2,300 cases).
 */
@Component
class EndedInstanceGrants extends AbstractProcessEnginePlugin {

    private static final ExecutionListener REMOVE_RUNTIME_GRANTS = execution -> Context.getCommandContext()
            .getAuthorizationManager().deleteAuthorizationsByResourceId(Resources.PROCESS_INSTANCE,
                    execution.getProcessInstanceId());

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                processDefinition.addListener(ExecutionListener.EVENTNAME_END, REMOVE_RUNTIME_GRANTS);
            }
        });
    }
}
