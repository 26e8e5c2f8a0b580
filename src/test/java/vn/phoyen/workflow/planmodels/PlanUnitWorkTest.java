package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.startOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;

/** One lead unit's share of a task over the year: assignment, a report each period, the year-end evaluation. */
class PlanUnitWorkTest extends PlanModelTest {

    @Test
    void theUnitAssignsReportsEachPeriodInTurnAndIsEvaluatedAtYearEnd() {
        Map<String, Object> variables = new HashMap<>(PlanProcessDriver.taskVariables(14));
        variables.remove("leadUnits");
        variables.put("leadUnit", "kthtdt");
        variables.put("leadUnitName", "Phòng Kinh tế, Hạ tầng và Đô thị");
        variables.put("supportUnits", new ArrayList<>(List.of("ca")));
        ProcessInstance work = runtimeService.startProcessInstanceByKey("plan-unit-work", "KH54-2025-T14", variables);

        Task assignment = driver.task(work.getId(), "assignResponsibleOfficer");
        assertThat(assignment.getName()).isEqualTo("Phân công cán bộ phụ trách – Nhiệm vụ 14");
        assertThat(driver.candidateGroups(assignment)).containsExactly("kthtdt-heads");
        driver.submit(assignment, Map.of("responsibleOfficer", "kthtdt.officer",
                "milestones", "Quý III: rà soát; Quý IV: khắc phục"));
        assertThat(work).isWaitingAt("reportEachPeriod");

        // third quarter: its window opened on 01/09, before the plan took effect
        driver.runDueJobs(work.getId());
        Task q3 = driver.task(work.getId(), "draftProgressReport");
        assertThat(q3.getName()).isEqualTo("Soạn báo cáo tiến độ quý III/2025 – Nhiệm vụ 14");
        assertThat(q3.getAssignee()).isEqualTo("kthtdt.officer");
        assertThat(driver.formVariables(q3).get("milestones")).isEqualTo("Quý III: rà soát; Quý IV: khắc phục");
        reportAndAccept(work, "Quý III: đã rà soát 12 tuyến đường");

        // the fourth quarter waits for its own window, and its report starts blank
        assertThat(driver.tasks(work.getId())).isEmpty();
        assertThat(driver.job(work.getId(), "reportWindowOpens").getDuedate()).isEqualTo(startOfDay(2025, 12, 1));
        EngineClock.setTo(LocalDateTime.of(2025, 12, 1, 7, 30));
        driver.runDueJobs(work.getId());
        Task q4 = driver.task(work.getId(), "draftProgressReport");
        assertThat(q4.getName()).isEqualTo("Soạn báo cáo tiến độ quý IV/2025 – Nhiệm vụ 14");
        assertThat(q4.getDueDate()).isEqualTo(endOfDay(2025, 12, 15));
        assertThat(driver.formVariables(q4).get("doneWork")).isNull();
        reportAndAccept(work, "Quý IV: đã khắc phục 10 tuyến đường");

        Task self = driver.task(work.getId(), "selfAssessYear");
        assertThat(self.getAssignee()).isEqualTo("kthtdt.officer");
        assertThat(driver.formVariables(self).get("doneWork")).isEqualTo("Quý IV: đã khắc phục 10 tuyến đường");
        driver.submit(self, Map.of("selfAssessment", "done", "reasons", "Đạt các mốc"));
        driver.submit(driver.task(work.getId(), "scoreYearResult"), Map.of("score", 95));

        assertThat(work).hasPassed("assignOfficer", "reportEachPeriod", "evaluateYear", "unitWorkDone").isEnded();
        Map<String, Object> results = historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(work.getId()).list().stream()
                .filter(variable -> variable.getActivityInstanceId().equals(work.getId()))
                .filter(variable -> variable.getValue() != null)
                .collect(Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue));
        assertThat(results).containsEntry("responsibleOfficer", "kthtdt.officer")
                .containsEntry("milestones", "Quý III: rà soát; Quý IV: khắc phục")
                .containsEntry("reportAccepted", true)
                .containsEntry("doneWork", "Quý IV: đã khắc phục 10 tuyến đường")
                .containsEntry("selfAssessment", "done")
                .containsEntry("reasons", "Đạt các mốc")
                .containsEntry("score", 95);
        assertThat(historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(work.getId())
                .processDefinitionKey("plan-reporting-cycle").count()).isEqualTo(2);
    }

    private void reportAndAccept(ProcessInstance work, String doneWork) {
        driver.submit(driver.task(work.getId(), "draftProgressReport"), Map.of("doneWork", doneWork));
        Task contribution = driver.task(work.getId(), "contributeToReport");
        assertThat(driver.candidateGroups(contribution)).containsExactly("ca");
        driver.submit(contribution, Map.of("contribution", "Đảm bảo an ninh trật tự khi thi công"));
        driver.submit(driver.task(work.getId(), "consolidateReport"), Map.of("doneWork", doneWork));
        driver.submit(driver.task(work.getId(), "reviewReport"), Map.of("decision", "accepted"));
    }
}
