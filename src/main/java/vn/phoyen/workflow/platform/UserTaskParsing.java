package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.function.BiConsumer;

import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Lets a plugin see every user task the engine parses: its model element and its task definition. */
final class UserTaskParsing {

    private UserTaskParsing() {
    }

    /** Call from a plugin's {@code preInit}: {@code hook} runs once per user task of every deployed model. */
    static void onEveryUserTask(ProcessEngineConfigurationImpl configuration,
            BiConsumer<Element, TaskDefinition> hook) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                hook.accept(userTaskElement, ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
            }
        });
    }
}
