package vn.phoyen.workflow.platform;

import java.util.Arrays;
import java.util.List;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A user task whose model names {@value #PROPERTY} (a camunda:property, variable names separated by commas) opens with
 * those form fields empty each time it is created: what an earlier round left in the case (a return's decision and
 * reason) is removed then. ADR 0015: it replaces an empty input parameter mirrored by an output parameter, which made
 * each such step a scope of its own, an execution written and deleted on every visit.
 */
@Component
public class FreshFieldsPlugin extends AbstractProcessEnginePlugin {

    public static final String PROPERTY = "freshFields";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskParsing.onEveryUserTask(configuration, (element, task) -> {
            List<String> fields = freshFields(element);
            if (!fields.isEmpty()) {
                task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
                        created -> created.getExecution().removeVariables(fields));
            }
        });
    }

    static List<String> freshFields(Element userTaskElement) {
        Element extensions = userTaskElement.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return List.of();
        }
        return properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property").stream()
                .filter(property -> PROPERTY.equals(property.attribute("name")))
                .flatMap(property -> fields(property.attribute("value", "")).stream()).toList();
    }

    /** The variable names a {@value #PROPERTY} value lists (the model checks read them too). */
    public static List<String> fields(String propertyValue) {
        return Arrays.stream(propertyValue.split(",")).map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
