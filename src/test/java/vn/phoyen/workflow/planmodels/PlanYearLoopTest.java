package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;

/**
 * The plan's yearly loop in one run, as the ward's staff drive it through the API and Tasklist's steps: Kế hoạch 54 of
 * 2025 is launched and every task worked to its year-end score (the Office scored 95, the economy and
 * infrastructure office 40, the others 80); the supervising office closes the year and the Chairman decides the commendations; the 2026 plan is drafted from
 * 2025 (the tasks that office leads alone noted for review), edited, returned once, approved, numbered by the clerk, issued as a
 * Decree 30 plan document and launched; a report on 2026's first quarter is then drafted on that plan and approved.
 * The test's own 2025 and 2026 data are removed before and after it, so the other tests' plans come back.
 */
class PlanYearLoopTest extends PlanModelTest {

    private static final String OFFICE = "vhxh.officer";
    private static final String CHAIRMAN = "lanhdao.head";
    private static final String CLERK = "vp.officer";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void forgetTheLoopsYears() {
        for (String keys : List.of("KH54-2025-%", "KH54-2026-%", "KH-2026", "BC-2026-Q1")) {
            runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(keys).list()
                    .forEach(instance -> runtimeService.deleteProcessInstanceIfExists(instance.getId(), "test", false,
                            true, false, false));
            List<String> finished = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyLike(keys).list().stream().map(HistoricProcessInstance::getId).toList();
            if (!finished.isEmpty()) {
                historyService.deleteHistoricProcessInstancesIfExists(finished);
            }
        }
        jdbc.update("DELETE FROM ward_unit_commendation WHERE plan_year = 2025");
        jdbc.update("DELETE FROM ward_plan_edition WHERE plan_year = 2026");
        jdbc.update("DELETE FROM ward_report WHERE period = '2026-Q1'");
    }

    @Test
    void theYearClosesAndTheNextPlanIsDraftedIssuedLaunchedAndReportedOn() throws Exception {
        // 2025: launched by the supervising office, every task worked to its year-end score
        EngineClock.setTo(PlanProcessDriver.PLAN_LAUNCH);
        assertThat(post("/api/plan-years/2025/launch", Map.of()).getBody()).containsEntry("started", 16);
        List<ProcessInstance> tasks2025 = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKeyLike("KH54-2025-T%").processDefinitionKey("plan-task").list();
        assertThat(tasks2025).hasSize(16);
        tasks2025.forEach(task -> driver.runToEnd(task.getId(), this::answersScoringByUnit));

        // the close: figures gathered, the office proposes as suggested, the Chairman decides
        EngineClock.setTo(LocalDateTime.of(2025, 12, 22, 9, 0));
        ProcessInstance close = start("plan-year-close", Map.of("planYear", "2025"));
        assertThat(close).isWaitingAt("proposeCommendations");
        complete(OFFICE, close, Map.of("unitResults", rows(close, Map.of(
                "vp", Map.of("grounds", "Hoàn thành tốt các nhiệm vụ chủ trì"),
                "kthtdt", Map.of("grounds", "Điểm bình quân thấp, cần khắc phục")))));
        complete(CHAIRMAN, close, Map.of("approvalDecision", "approve", "unitResults", rows(close, Map.of())));
        assertThat(close).isEnded();
        List<Map<String, Object>> decided = (List<Map<String, Object>>) get("/api/plan-years/2025/commendations",
                Map.class).getBody().get("units");
        assertThat(decided).filteredOn(unit -> unit.get("unit").equals("vp")).singleElement()
                .satisfies(unit -> assertThat(unit).containsEntry("decision", "commend"));
        assertThat(decided).filteredOn(unit -> unit.get("unit").equals("kthtdt")).singleElement()
                .satisfies(unit -> assertThat(unit).containsEntry("decision", "remind"));
        assertThat(decided).filteredOn(unit -> unit.get("unit").equals("ca")).singleElement()
                .satisfies(unit -> assertThat(unit).containsEntry("decision", "none"));

        // 2026's plan: drafted from 2025, the tasks kthtdt leads alone (14, 15) noted, edited, returned once, approved, numbered, issued
        EngineClock.setTo(LocalDateTime.of(2025, 12, 29, 9, 0));
        ProcessInstance drafting = start("plan-next-year", Map.of("fromYear", "2025"));
        assertThat(drafting).isWaitingAt("editPlanDraft");
        String tasks = get("/api/plan-editions/2026/files/tasks.csv", String.class).getBody();
        assertThat(tasks).contains("2026-09-30").doesNotContain("2025-09-30").contains("Điểm bình quân năm 2025: 40/100 – cần xem lại");
        String edited = tasks.replace("2026-09-30", "2026-06-30");
        assertThat(put("/api/plan-editions/2026/files/tasks.csv", edited).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        complete(OFFICE, drafting, Map.of());
        complete(CHAIRMAN, drafting, Map.of("approvalDecision", "return", "returnReason", "Rà soát lại thời hạn"));
        complete(OFFICE, drafting, Map.of());
        EngineClock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
        complete(CHAIRMAN, drafting, Map.of("approvalDecision", "approve"));
        Task registering = task(drafting.getId(), "registerPlan");
        int number = ((Number) runtimeService.getVariable(drafting.getId(), "registerNumber")).intValue();
        complete(CLERK, drafting, Map.of("registerNumber", number));
        assertThat(drafting).isEnded();
        assertThat(registering.getName()).contains("2026");

        String symbol = "%02d/KH-UBND".formatted(number);
        String plan = text(get("/api/plan-editions/2026/document", byte[].class).getBody());
        assertThat(plan).contains("ỦY BAN NHÂN DÂN\tPHƯỜNG PHỔ YÊN", "Số: " + symbol,
                "Phổ Yên, ngày 05 tháng 01 năm 2026", "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN\tCHỦ TỊCH", "30/06/2026");

        // launched: the issued edition is 2026's plan, with the office's edit
        assertThat(post("/api/plan-years/2026/launch", Map.of()).getBody()).containsEntry("started", 16);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KH54-2026-T01")
                .processDefinitionKey("plan-task").count())
                .isOne();

        // the report on 2026's first quarter, on the new plan, approved and issued
        EngineClock.setTo(LocalDateTime.of(2026, 4, 6, 9, 0));
        ProcessInstance report = start("ward-report", Map.of("period", "2026-Q1"));
        complete(OFFICE, report, Map.of("overview", "Quý I/2026, các đơn vị triển khai Kế hoạch năm 2026."));
        complete(CHAIRMAN, report, Map.of("decision", "approved"));
        complete(CLERK, report, Map.of("registerNumber", runtimeService.getVariable(report.getId(), "registerNumber")));
        assertThat(report).isEnded();
        assertThat(jdbc.queryForObject("SELECT content FROM ward_report WHERE process_instance_id = ?", String.class,
                report.getId())).contains("\"planNumber\":\"" + symbol + "\"");
    }

    /** Plausible answers, the year-end score by lead unit: the Office 95, the economy office 40, the others 80. */
    private Map<String, Object> answersScoringByUnit(Task task) {
        if (!task.getTaskDefinitionKey().equals("scoreYearResult")) {
            return driver.plausibleAnswers(task);
        }
        Object unit = driver.variable(task, "leadUnit");
        int score = "vp".equals(unit) ? 95 : "kthtdt".equals(unit) ? 40 : 80;
        return Map.of("score", score, "assessmentComment", "Theo kết quả năm");
    }

    /** The rows of the year close's form, with the given fields changed for the named units. */
    @SuppressWarnings("unchecked")
    private ArrayList<Map<String, Object>> rows(ProcessInstance close, Map<String, Map<String, Object>> changesByUnit) {
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row : (List<Map<String, Object>>) runtimeService.getVariable(close.getId(), "unitResults")) {
            Map<String, Object> copy = new LinkedHashMap<>(row);
            copy.putAll(changesByUnit.getOrDefault((String) row.get("unit"), Map.of()));
            rows.add(copy);
        }
        return rows;
    }

    /** Started by the supervising office from the process's start form. */
    private ProcessInstance start(String key, Map<String, String> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        ResponseEntity<Map> started = post("/engine-rest/process-definition/key/" + key + "/submit-form",
                Map.of("variables", variables));
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return runtimeService.createProcessInstanceQuery().processInstanceId((String) started.getBody().get("id"))
                .singleResult();
    }

    /** The one open task of the instance, completed by {@code user} with that person's groups. */
    private void complete(String user, ProcessInstance instance, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).initializeFormKeys()
                .singleResult();
        driver.assertFormDeployed(task);
        completeAs(engine, user, task, new HashMap<>(variables));
    }

    private ResponseEntity<Map> post(String path, Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(OFFICE, "demo").postForEntity(path, new HttpEntity<>(body, headers), Map.class);
    }

    private <T> ResponseEntity<T> get(String path, Class<T> type) {
        ResponseEntity<T> answer = rest.withBasicAuth(OFFICE, "demo").getForEntity(path, type);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer;
    }

    private ResponseEntity<String> put(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return rest.withBasicAuth(OFFICE, "demo").exchange(path, HttpMethod.PUT,
                new HttpEntity<>(csv.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
