package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** A step that names its fresh fields opens empty on every visit, without an execution of its own. */
@EngineTest
class FreshFieldsPluginTest {

    private static final String KEY = "fresh-fields-fixture";

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    private String deploymentId;

    @BeforeEach
    void deploy() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(1)
                .startEvent().userTask("draft").userTask("approve").exclusiveGateway("approved")
                .condition("return", "${approvalDecision == 'return'}").connectTo("draft")
                .moveToNode("approved").condition("approve", "${approvalDecision == 'approve'}").endEvent().done();
        CamundaProperty fresh = model.newInstance(CamundaProperty.class);
        fresh.setCamundaName(FreshFieldsPlugin.PROPERTY);
        fresh.setCamundaValue(" approvalDecision , returnReason ");
        CamundaProperties properties = model.newInstance(CamundaProperties.class);
        properties.getCamundaProperties().add(fresh);
        ((UserTask) model.getModelElementById("approve")).builder().addExtensionElement(properties);
        deploymentId = repositoryService.createDeployment().addModelInstance(KEY + ".bpmn", model).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void aReturnedDraftComesBackToAnEmptyDecisionAndTheDrafterReadsTheReason() {
        String instance = runtimeService.startProcessInstanceByKey(KEY).getId();
        taskService.complete(task(instance, "draft").getId());
        Task first = task(instance, "approve");
        assertThat(taskService.getVariables(first.getId())).doesNotContainKeys("approvalDecision", "returnReason");
        // the step is not a scope: the instance has no other execution
        assertThat(runtimeService.createExecutionQuery().processInstanceId(instance).count()).isOne();

        taskService.complete(first.getId(), Map.of("approvalDecision", "return", "returnReason", "Thiếu số liệu"));
        assertThat(taskService.getVariables(task(instance, "draft").getId()))
                .containsEntry("approvalDecision", "return").containsEntry("returnReason", "Thiếu số liệu");
        taskService.complete(task(instance, "draft").getId());

        Task second = task(instance, "approve");
        assertThat(taskService.getVariables(second.getId())).doesNotContainKeys("approvalDecision", "returnReason");
        taskService.complete(second.getId(), Map.of("approvalDecision", "approve"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
        // each round's decision stays in the history
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance)
                .variableName("approvalDecision").includeDeleted().list()).extracting(variable -> variable.getValue())
                .containsExactlyInAnyOrder("return", "approve");
    }

    private Task task(String instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(key).singleResult();
    }
}
