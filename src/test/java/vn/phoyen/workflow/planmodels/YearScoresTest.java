package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.plan.YearScores;
import vn.phoyen.workflow.plan.YearScores.UnitScore;

/** The year's scores are read from the finished evaluations of that year only, one per lead unit and task. */
class YearScoresTest extends PlanModelTest {

    @Autowired
    YearScores scores;

    private void evaluate(int year, int taskNumber, String unit, String selfAssessment, Integer score) {
        evaluate(year, taskNumber, unit, selfAssessment, score, variables -> { });
    }

    private void evaluate(int year, int taskNumber, String unit, String selfAssessment, Integer score,
            Consumer<Map<String, Object>> changes) {
        Map<String, Object> variables = new HashMap<>(PlanProcessDriver.taskVariables(taskNumber));
        variables.put("planYear", year);
        variables.put("leadUnit", unit);
        variables.put("leadUnitName", unit);
        variables.put("responsibleOfficer", unit + ".officer");
        changes.accept(variables);
        ProcessInstance evaluation = runtimeService.startProcessInstanceByKey("plan-year-end-evaluation",
                "KH54-%d-T%02d".formatted(year, taskNumber), variables);
        driver.submit(driver.task(evaluation.getId(), "selfAssessYear"),
                Map.of("selfAssessment", selfAssessment, "reasons", "Theo báo cáo"));
        if (score != null) {
            driver.submit(driver.task(evaluation.getId(), "scoreYearResult"), Map.of("score", score));
        }
    }

    @Test
    void readsTheScoredEvaluationsOfTheYear() {
        int year = 2031;
        evaluate(year, 4, "vp", "done", 85);
        evaluate(year, 4, "kthtdt", "partly", 55);
        evaluate(year, 2, "ca", "not-done", 30);
        evaluate(year, 3, "vp", "done", null);
        evaluate(year + 1, 2, "ca", "done", 99);
        // an evaluation called without its task's number (a test of one step does so) belongs to no task
        evaluate(year, 5, "ca", "done", 70, variables -> variables.put("taskNumber", null));

        List<UnitScore> results = scores.of(year);

        assertThat(results).containsExactly(new UnitScore(2, "ca", "not-done", 30),
                new UnitScore(4, "kthtdt", "partly", 55), new UnitScore(4, "vp", "done", 85));
        assertThat(YearScores.meanOfTask(results, 4)).hasValue(70.0);
        assertThat(YearScores.meanOfTask(results, 3)).isEmpty();
        assertThat(scores.of(2030)).isEmpty();
    }
}
