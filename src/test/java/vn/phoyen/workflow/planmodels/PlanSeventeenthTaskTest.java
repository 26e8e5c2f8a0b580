package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;

/**
 * A plan with a 17th task (src/test/resources/plan/2028) launches it on the shared model with no code of its own,
 * and the steps its data asks for — publication records, the residential groups' elections, the deadline chase —
 * run to the task's end.
 */
class PlanSeventeenthTaskTest extends PlanModelTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void onTheDayThePlanTakesEffect() {
        forgetLaunchesOf2028();
        EngineClock.setTo(LocalDateTime.of(2028, 10, 2, 9, 0));
    }

    @AfterEach
    void forgetLaunchesOf2028() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("KH7-2028-%").rootProcessInstances()
                .list().forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        List<String> finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("KH7-2028-%").list().stream().map(instance -> instance.getId()).toList();
        if (!finished.isEmpty()) {
            historyService.deleteHistoricProcessInstances(finished);
        }
    }

    @Test
    void theSeventeenthTaskLaunchesOnTheSharedModelAndRunsToItsEnd() {
        ResponseEntity<String> launched = rest.withBasicAuth("vhxh.officer", "demo")
                .postForEntity("/api/plan-years/2028/launch", null, String.class);

        assertThat(launched.getBody()).isEqualTo("{\"year\":2028,\"started\":17,\"alreadyRunning\":0}");
        ProcessInstance task = runtimeService.createProcessInstanceQuery().rootProcessInstances()
                .processInstanceBusinessKey("KH7-2028-T17").singleResult();
        assertThat(repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey())
                .isEqualTo("plan-task");
        assertThat(driver.task(task.getId(), "assignResponsibleOfficer").getName())
                .isEqualTo("Phân công cán bộ phụ trách – Nhiệm vụ 17");
        assertThat(driver.candidateGroups(driver.task(task.getId(), "assignResponsibleOfficer")))
                .containsExactly("ttdvth-heads");
        List<Task> publications = driver.tasks(task.getId(), "recordPublication");
        assertThat(publications).extracting(Task::getName).containsExactlyInAnyOrder(
                "Ghi nhận công khai – Nhiệm vụ 17 (Đăng kết quả bầu Tổ trưởng của từng tổ dân phố)",
                "Ghi nhận công khai – Nhiệm vụ 17 (Đăng danh sách Tổ trưởng mới)");
        assertThat(publications).extracting(driver::candidateGroups).containsOnly(Set.of("vp"));
        // the groups whose leader's term ends in 2028 (organization/residential-groups.csv: tdp-3, tdp-4)
        assertThat(driver.tasks(task.getId(), "recordElection")).hasSize(2)
                .extracting(driver::candidateGroups).containsOnly(Set.of("mttq"));
        assertThat(driver.job(task.getId(), "completionDue").getDuedate())
                .isEqualTo(PlanProcessDriver.endOfDay(2028, 12, 31));

        driver.runToEnd(task.getId());

        assertThat(task).hasPassed("unitWork", "recordPublication", "residentialGroupElection", "remindBeforeDeadline",
                "escalateAtDeadline", "taskFinished").hasNotPassed("holdDialogues").isEnded();
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(task.getId())
                .processDefinitionKey("plan-unit-work").count()).isOne();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(task.getId())
                .variableName("elections").singleResult().getValue()).asList().hasSize(2);
    }
}
