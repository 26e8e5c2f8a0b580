package vn.phoyen.workflow.plan.yearclose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.ProcessTest;

/**
 * The steps of a year's close as the ward's staff take them: a plan year's finished evaluations (test plan data
 * {@code plan/2035}: task 1 led by kthtdt, 2 by ca, 3 by vhxh with the invited mttq), the start from the office's start
 * form, the office's proposal and the Chairman's decision through their forms. A closed year stays closed, so each
 * test forgets the year's close and evaluations before it starts.
 */
final class YearCloseSteps {

    /** The tests' plan year. */
    static final int YEAR = 2035;
    static final String OFFICE = "vhxh.officer";
    static final String CHAIRMAN = "lanhdao.head";

    private final ProcessEngine engine;
    private final DataSource dataSource;

    YearCloseSteps(ProcessEngine engine, DataSource dataSource) {
        this.engine = engine;
        this.dataSource = dataSource;
    }

    /** The year as before any close: no decision recorded, no evaluation in the history. */
    void forget(int year) {
        new JdbcTemplate(dataSource).update("DELETE FROM ward_unit_commendation WHERE plan_year = ?", year);
        HistoryService history = engine.getHistoryService();
        List<String> evaluations = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("plan-year-end-evaluation").variableValueEquals("planYear", year).list().stream()
                .map(HistoricProcessInstance::getId).toList();
        if (!evaluations.isEmpty()) {
            history.deleteHistoricProcessInstances(evaluations);
        }
    }

    /** kthtdt done with 95, ca not done with 70, vhxh partly with 75: commend, remind, no suggestion. */
    void scoreYear(int year) {
        evaluate(year, 1, "kthtdt", "done", 95);
        evaluate(year, 2, "ca", "not-done", 70);
        evaluate(year, 3, "vhxh", "partly", 75);
    }

    /** A finished year-end evaluation, as plan-unit-work calls it at the end of the year. */
    void evaluate(int year, int taskNumber, String unit, String selfAssessment, int score) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "KH" + (year - 2000));
        variables.put("planYear", year);
        variables.put("taskNumber", taskNumber);
        variables.put("taskLabel", "Nhiệm vụ " + taskNumber);
        variables.put("taskTitle", "Nhiệm vụ thử số " + taskNumber);
        variables.put("leadUnit", unit);
        variables.put("leadUnitName", unit);
        variables.put("responsibleOfficer", unit + ".officer");
        ProcessInstance evaluation = engine.getRuntimeService().startProcessInstanceByKey("plan-year-end-evaluation",
                "KH%d-%d-T%02d".formatted(year - 2000, year, taskNumber), variables);
        ProcessTest.submitForm(engine, ProcessTest.task(engine, evaluation.getId(), "selfAssessYear"),
                Map.of("selfAssessment", selfAssessment, "reasons", "Theo báo cáo"));
        ProcessTest.submitForm(engine, ProcessTest.task(engine, evaluation.getId(), "scoreYearResult"),
                Map.of("score", score));
    }

    /** The office starts the close from Tasklist's start form (a number field sends a Long). */
    ProcessInstance start(Object planYear) {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(YearClose.PROCESS_KEY).latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication(OFFICE, List.of("vhxh"));
        try {
            return engine.getFormService().submitStartForm(definition, Map.of(YearClose.PLAN_YEAR, planYear));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    Task task(ProcessInstance close) {
        return engine.getTaskService().createTaskQuery().processInstanceId(close.getId()).initializeFormKeys()
                .singleResult();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows(ProcessInstance close) {
        return (List<Map<String, Object>>) engine.getRuntimeService().getVariable(close.getId(), YearClose.ROWS);
    }

    /** The rows the form shows, with the given fields changed for the named units, as the form sends them back. */
    ArrayList<Map<String, Object>> rowsWith(ProcessInstance close, Map<String, Map<String, Object>> changesByUnit) {
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : rows(close)) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.putAll(changesByUnit.getOrDefault((String) row.get("unit"), Map.of()));
            rows.add(copy);
        }
        return rows;
    }

    /** The office proposes as suggested, with grounds for the units proposed. */
    void proposeAsSuggested(ProcessInstance close) {
        complete(OFFICE, close, Map.of(YearClose.ROWS, rowsWith(close, Map.of(
                "kthtdt", Map.of("grounds", "Hoàn thành nhiệm vụ 1, điểm 95"),
                "ca", Map.of("grounds", "Tự đánh giá chưa hoàn thành nhiệm vụ 2")))));
    }

    void complete(String user, ProcessInstance close, Map<String, Object> variables) {
        Task task = task(close);
        ProcessTest.assertFormDeployed(engine, task);
        ProcessTest.completeAs(engine, user, task, variables);
    }
}
