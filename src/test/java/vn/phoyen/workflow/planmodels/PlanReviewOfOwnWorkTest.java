package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The supervising office reviews and scores every unit's work but its own: its own report and self-assessment go to
 * the supervisors (by role), so no office judges its own work.
 */
class PlanReviewOfOwnWorkTest extends PlanModelTest {

    private static final Map<String, String> NAMES = Map.of("vhxh", "Phòng Văn hoá - Xã hội",
            "kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị");

    private Map<String, Object> variables(String leadUnit) {
        Map<String, Object> variables = new HashMap<>(PlanProcessDriver.taskVariables(leadUnit.equals("vhxh") ? 12 : 14));
        variables.remove("leadUnits");
        variables.put("leadUnit", leadUnit);
        variables.put("leadUnitName", NAMES.get(leadUnit));
        variables.put("supportUnits", new ArrayList<>());
        variables.put("responsibleOfficer", leadUnit + ".officer");
        variables.put("milestones", "Quý III: rà soát");
        variables.put("period", "2025-Q3");
        variables.put("periodLabel", "quý III/2025");
        return variables;
    }

    private Task reviewOfTheReportOf(String leadUnit) {
        ProcessInstance report = runtimeService.startProcessInstanceByKey("plan-reporting-cycle",
                PlanProcessDriver.businessKey(leadUnit.equals("vhxh") ? 12 : 14), variables(leadUnit));
        driver.execute(driver.job(report.getId(), "reportWindowOpens"));
        driver.submit(driver.task(report.getId(), "draftProgressReport"), Map.of("doneWork", "Đã rà soát"));
        driver.submit(driver.task(report.getId(), "consolidateReport"), Map.of("doneWork", "Đã rà soát"));
        return driver.task(report.getId(), "reviewReport");
    }

    private Task scoringOfTheYearOf(String leadUnit) {
        Map<String, Object> variables = variables(leadUnit);
        variables.put("doneWork", "Đã rà soát");
        ProcessInstance evaluation = runtimeService.startProcessInstanceByKey("plan-year-end-evaluation",
                PlanProcessDriver.businessKey(leadUnit.equals("vhxh") ? 12 : 14), variables);
        driver.submit(driver.task(evaluation.getId(), "selfAssessYear"),
                Map.of("selfAssessment", "done", "reasons", "Đạt các mốc"));
        return driver.task(evaluation.getId(), "scoreYearResult");
    }

    @Test
    void theSupervisingOfficeReviewsAnotherUnitsReport() {
        assertThat(driver.candidateGroups(reviewOfTheReportOf("kthtdt"))).containsExactly("vhxh");
    }

    @Test
    void theSupervisorsReviewTheSupervisingOfficesOwnReport() {
        Task review = reviewOfTheReportOf("vhxh");

        assertThat(driver.candidateGroups(review)).containsExactly("lanhdao");
        driver.submit(review, Map.of("decision", "accepted", "reviewComment", "Đạt"));
        assertThat(driver.tasks(review.getProcessInstanceId())).isEmpty();
    }

    @Test
    void theSupervisingOfficeScoresAnotherUnitsYear() {
        assertThat(driver.candidateGroups(scoringOfTheYearOf("kthtdt"))).containsExactly("vhxh");
    }

    @Test
    void theSupervisorsScoreTheSupervisingOfficesOwnYear() {
        Task scoring = scoringOfTheYearOf("vhxh");

        assertThat(driver.candidateGroups(scoring)).containsExactly("lanhdao");
        driver.submit(scoring, Map.of("score", 90));
        assertThat(driver.tasks(scoring.getProcessInstanceId())).isEmpty();
        assertThat(historyService.createHistoricProcessInstanceQuery()
                .processInstanceId(scoring.getProcessInstanceId()).singleResult().getState()).isEqualTo("COMPLETED");
    }
}
