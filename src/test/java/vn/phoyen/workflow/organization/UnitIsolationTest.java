package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/** A unit sees and works on its own tasks and the cases it takes part in, and nothing of other units. */
@EngineTest
class UnitIsolationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ManagementService managementService;

    private String vpTaskId;

    @BeforeEach
    void standaloneTaskForTheOffice() {
        Task task = taskService.newTask();
        task.setName("Rà soát hồ sơ một cửa");
        taskService.saveTask(task);
        taskService.addCandidateGroup(task.getId(), "vp");
        vpTaskId = task.getId();
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        if (taskService.createTaskQuery().taskId(vpTaskId).count() > 0) {
            taskService.deleteTask(vpTaskId, true);
        }
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void restWithoutCredentialsIsRefused() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/anything", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void restWithAWrongPasswordIsRefused() {
        // a user no other test logs in as: a failed login delays that account's next one
        assertThat(rest.withBasicAuth("banktns.officer", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theUnitSeesAndCompletesItsTaskThroughRest() {
        assertThat(taskIdsVisibleTo("vp.officer")).contains(vpTaskId);

        ResponseEntity<String> completed = complete("vp.officer", vpTaskId);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(vpTaskId).count()).isZero();
    }

    @Test
    void anotherUnitNeitherSeesNorCompletesItThroughRest() {
        assertThat(taskIdsVisibleTo("kthtdt.officer")).doesNotContain(vpTaskId);
        // the engine does not even confirm that the task exists
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo").getForEntity("/engine-rest/task/" + vpTaskId, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(complete("kthtdt.officer", vpTaskId).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(taskService.createTaskQuery().taskId(vpTaskId).count()).isOne();
    }

    @Test
    void anotherUnitNeitherSeesNorCompletesItThroughTheJavaApi() {
        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));

        assertThat(taskService.createTaskQuery().taskId(vpTaskId).count()).isZero();
        assertThatThrownBy(() -> taskService.complete(vpTaskId)).isInstanceOf(AuthorizationException.class);

        identityService.setAuthentication("vp.officer", List.of("vp"));
        assertThat(taskService.createTaskQuery().taskId(vpTaskId).count()).isOne();
    }

    @Test
    void theSupervisingOfficeDoesNotSeeAUnitsStandaloneTask() {
        identityService.setAuthentication("vhxh.officer", List.of("vhxh"));

        assertThat(taskService.createTaskQuery().taskId(vpTaskId).count()).isZero();
    }

    @Test
    void aUnitReadsTheCaseItTakesPartInLiveAndInHistoryButOtherUnitsDoNot() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));

        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isOne();

        identityService.setAuthentication("ca.officer", List.of("ca"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    /**
     * Issue 15: the engine deletes the grants on a running instance when it ends; the grants on its history stay until
     * the history cleanup, which needs them to carry the case's root, also when they were made as the case started.
     */
    @Test
    void whenTheCaseEndsItsRuntimeGrantsGoAndTheUnitStillReadsItsHistoryUntilTheCleanup() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));
        assertThat(grants(Resources.PROCESS_INSTANCE, instance.getId())).isNotEmpty();

        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThat(grants(Resources.PROCESS_INSTANCE, instance.getId())).isEmpty();
        assertThat(grants(Resources.HISTORIC_PROCESS_INSTANCE, instance.getId()))
                .extracting(Authorization::getGroupId).containsExactly("kthtdt");
        // removed by the history cleanup together with the case's history
        assertThat(grants(Resources.HISTORIC_PROCESS_INSTANCE, instance.getId()).get(0).getRemovalTime()).isNotNull();
        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
    }

    /**
     * ADR 0013: the removal time is the case's start plus its model's time-to-live (plan-fixture: P30D), written with
     * each row as it is made — the grants made while the case starts and runs included — so nothing rewrites the
     * case's rows when it ends, and the history cleanup takes the grants with the history.
     */
    @Test
    void everyGrantAndHistoryRowOfACaseCarriesTheRemovalTimeCountedFromItsStart() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));
        HistoricProcessInstance history = historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(instance.getId()).singleResult();
        Date removal = Date.from(history.getStartTime().toInstant().plus(Duration.ofDays(30)));
        assertThat(history.getRemovalTime()).isEqualTo(removal);

        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        // the holder's grant on the task's history (the unit's is its grant on the case's history)
        taskService.claim(task, "kthtdt.officer");
        taskService.complete(task);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());

        List<Authorization> historyGrants = authorizationService.createAuthorizationQuery().list().stream()
                .filter(grant -> instance.getId().equals(grant.getRootProcessInstanceId())).toList();
        assertThat(historyGrants).extracting(Authorization::getResourceType).containsOnly(
                Resources.HISTORIC_PROCESS_INSTANCE.resourceType(), Resources.HISTORIC_TASK.resourceType());
        assertThat(historyGrants).extracting(Authorization::getRemovalTime).hasSizeGreaterThanOrEqualTo(2)
                .containsOnly(removal);
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricActivityInstance::getRemovalTime).containsOnly(removal);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).list())
                .extracting(HistoricTaskInstance::getRemovalTime).containsOnly(removal);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                .isNotEmpty().extracting(HistoricVariableInstance::getRemovalTime).containsOnly(removal);
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance.getId()).list())
                .isNotEmpty().extracting(HistoricDetail::getRemovalTime).containsOnly(removal);
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getRemovalTime()).isEqualTo(removal);
    }

    /**
     * Issue 15: a unit named on a task reads that task's history through its grant on the case's history, so the
     * engine's grant per task and unit is not kept; a unit named on a task that already existed keeps it, since nothing
     * lets it read that case.
     */
    @Test
    void aUnitReadsItsFinishedTasksThroughTheCaseWithoutAGrantPerTask() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));
        String task = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        assertThat(grants(Resources.TASK, task)).extracting(Authorization::getGroupId).containsExactly("kthtdt");
        assertThat(grants(Resources.HISTORIC_TASK, task)).isEmpty();

        taskService.complete(task);
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance.getId())
                .singleResult().getId());

        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).count()).isOne();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("leadUnit").count()).isOne();
        identityService.setAuthentication("ca.officer", List.of("ca"));
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(task).count()).isZero();

        identityService.clearAuthentication();
        assertThat(grants(Resources.HISTORIC_TASK, vpTaskId)).extracting(Authorization::getGroupId)
                .containsExactly("vp");
    }

    @Test
    void aDeletedCaseLeavesNoRuntimeGrants() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));

        runtimeService.deleteProcessInstance(instance.getId(), "test");

        assertThat(grants(Resources.PROCESS_INSTANCE, instance.getId())).isEmpty();
        assertThat(grants(Resources.HISTORIC_PROCESS_INSTANCE, instance.getId())).hasSize(1);
    }

    private List<Authorization> grants(Resources resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list();
    }

    @Test
    void theSupervisingOfficeAndTheSupervisorsMonitorPlanWorkReadOnly() {
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));
        String taskId = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();

        for (String[] monitor : List.of(new String[] {"vhxh.officer", "vhxh"}, new String[] {"lanhdao.head", "lanhdao"})) {
            identityService.setAuthentication(monitor[0], List.of(monitor[1]));
            assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isOne();
            assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
            assertThatThrownBy(() -> taskService.complete(taskId)).isInstanceOf(AuthorizationException.class);
            assertThatThrownBy(() -> runtimeService.deleteProcessInstance(instance.getId(), "x"))
                    .isInstanceOf(AuthorizationException.class);
        }
    }

    private List<String> taskIdsVisibleTo(String user) {
        ResponseEntity<Map[]> tasks = rest.withBasicAuth(user, "demo").getForEntity("/engine-rest/task", Map[].class);
        assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.OK);
        return java.util.Arrays.stream(tasks.getBody()).map(task -> (String) task.get("id")).toList();
    }

    private ResponseEntity<String> complete(String user, String taskId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").exchange("/engine-rest/task/" + taskId + "/complete",
                HttpMethod.POST, new HttpEntity<>("{}", headers), String.class);
    }
}
