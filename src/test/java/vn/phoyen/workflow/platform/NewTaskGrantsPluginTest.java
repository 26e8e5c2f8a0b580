package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** The grants on a task are those the engine's provider makes, whether the task is new in the command or not. */
@EngineTest
class NewTaskGrantsPluginTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void cleanUp() {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-fixture").list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void theEngineGrantsThroughIt() {
        assertThat(configuration.getResourceAuthorizationProvider())
                .isInstanceOf(NewTaskGrantsPlugin.NewTaskGrants.class);
    }

    @Test
    void aNewTasksCandidatesAndAnExistingTasksNewCandidatesAndHolderAreGrantedAsTheEngineGrantsThem() {
        String instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02")).getId();
        String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

        // named on the existing task: looked up, then made; named again: the same grant, not a second one
        taskService.addCandidateGroup(task, "ca");
        taskService.addCandidateGroup(task, "ca");
        taskService.claim(task, "kthtdt.officer");
        taskService.setAssignee(task, "kthtdt.officer");

        List<Authorization> grants = authorizationService.createAuthorizationQuery()
                .resourceType(Resources.TASK).resourceId(task).list();
        assertThat(grants).extracting(grant -> grant.getGroupId() != null ? grant.getGroupId() : grant.getUserId())
                .containsExactlyInAnyOrder("kthtdt", "ca", "kthtdt.officer");
        assertThat(grants).allSatisfy(grant -> assertThat(grant.getPermissions(new Permissions[] {Permissions.READ,
                Permissions.UPDATE})).containsExactlyInAnyOrder(Permissions.READ, Permissions.UPDATE));
    }
}
