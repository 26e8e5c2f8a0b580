package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/** Launching a plan year through the API starts the plan task models with the plan's data. */
@EngineTest
class PlanYearLaunchTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @AfterEach
    void removeTheLaunchedInstances() {
        for (String keys : List.of("KH54-2025-T%", "KH12-2026-T%")) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(keys).rootProcessInstances().list()
                    .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test", true));
            List<String> finished = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(keys).list().stream().map(HistoricProcessInstance::getId).toList();
            if (!finished.isEmpty()) {
                historyService.deleteHistoricProcessInstances(finished);
            }
        }
    }

    @Test
    void theSupervisingOfficeLaunches2025OnceAndASecondLaunchStartsNothing() {
        ResponseEntity<String> first = launch("vhxh.officer", 2025);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).isEqualTo("{\"year\":2025,\"started\":16,\"alreadyRunning\":0}");
        for (int task = 1; task <= 16; task++) {
            String businessKey = "KH54-2025-T%02d".formatted(task);
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("plan-task")
                    .processInstanceBusinessKey(businessKey).count()).as(businessKey).isOne();
        }

        ResponseEntity<String> second = launch("vhxh.officer", 2025);

        assertThat(second.getBody()).isEqualTo("{\"year\":2025,\"started\":0,\"alreadyRunning\":16}");
    }

    @Test
    void theTasksStartWithThePlansData() {
        launch("demo", 2025);

        Map<String, Object> task4 = startVariables("KH54-2025-T04");
        assertThat(task4).containsEntry("taskLabel", "Nhiệm vụ 4")
                .containsEntry("leadUnits", List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns"))
                .containsEntry("supportUnits", List.of("vhxh"))
                .containsEntry("reportingPeriods", List.of("2025-Q3", "2025-Q4"))
                .containsEntry("papiDimension", "2 – Công khai, minh bạch")
                .containsEntry("recordsPublication", true);
        assertThat(startVariables("KH54-2025-T02")).containsEntry("deadline",
                Date.from(ZonedDateTime.of(2025, 9, 30, 23, 59, 59, 0, WorkingCalendar.ZONE).toInstant()));
        assertThat(startVariables("KH54-2025-T06")).containsEntry("residentialGroups",
                List.of("Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4"))
                .containsEntry("electsGroupLeaders", true);
        assertThat(startVariables("KH54-2025-T08")).containsEntry("dialoguesPerYear", 2);
    }

    @Test
    void anAdministratorLaunchesTheTestPlanOf2026WithFourQuarterlyReports() {
        ResponseEntity<String> launched = launch("demo", 2026);

        assertThat(launched.getBody()).isEqualTo("{\"year\":2026,\"started\":3,\"alreadyRunning\":0}");
        assertThat(startVariables("KH12-2026-T01"))
                .containsEntry("reportingPeriods", List.of("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"));
    }

    private ResponseEntity<String> launch(String user, int year) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/plan-years/" + year + "/launch", null, String.class);
    }

    /** The variables an instance was started with, from the history so that it does not matter how far it ran. */
    private Map<String, Object> startVariables(String businessKey) {
        String instanceId = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("plan-task")
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).list().stream()
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                        (first, later) -> first));
    }
}
