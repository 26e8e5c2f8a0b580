package vn.phoyen.workflow.platform;

import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Attaches every {@link EveryUserTaskListener} bean to every user task the engine parses. */
@Component
class EveryUserTaskListenersPlugin extends AbstractProcessEnginePlugin {

    private final List<EveryUserTaskListener> listeners;

    EveryUserTaskListenersPlugin(List<EveryUserTaskListener> listeners) {
        this.listeners = listeners;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (element, task) -> {
            for (EveryUserTaskListener listener : listeners) {
                listener.events().forEach(event -> task.addTaskListener(event, listener));
            }
        });
    }
}
