package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
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
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * {@code plan-next-year} on every path: drafted from the 2028 test plan for 2029, edited through the staff API (a
 * broken file refused naming file and line), returned and approved by a supervisor (never an administrator), numbered
 * by the clerk and issued as a Word document; the issued 2029 plan launches; a second draft of a year is refused.
 * Each test removes its 2029 edition, so no other test meets it.
 */
@EngineTest
class PlanNextYearProcessTest extends ProcessTest {

    private static final String START = "/engine-rest/process-definition/key/plan-next-year/start";
    private static final String FILES = "/api/plan-editions/2029/files/";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheEdition() {
        jdbc.update("DELETE FROM ward_plan_edition WHERE plan_year = 2029");
    }

    @Test
    void draftedEditedReturnedApprovedNumberedIssuedAndLaunched() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2028, 12, 1, 9, 0));
        ProcessInstance plan = start("vhxh.officer", 2028);
        assertThat(plan).isWaitingAt("editPlanDraft").hasPassed("draftPlan");
        assertThat(plan.getBusinessKey()).isEqualTo("KH-2029");
        Task edit = task(plan.getId(), "editPlanDraft");
        assertThat(edit.getName()).isEqualTo("Hoàn thiện dự thảo kế hoạch năm 2029");
        assertThat(candidateGroups(edit)).containsExactly("vhxh");
        assertThat(runtimeService.getVariables(plan.getId())).containsEntry("planYear", 2029)
                .containsEntry("tasksFileLink", FILES + "tasks.csv");

        // the office downloads the draft, changes a task and uploads it
        String tasks = download("vhxh.officer", "tasks.csv");
        assertThat(tasks).contains("review_note");
        assertThat(download("lanhdao.head", "plan.csv")).contains(",2029-01-01,2029,");
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo").getForEntity(FILES + "tasks.csv", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("vhxh.officer", "tasks.csv", tasks.replace("2029-12-31", "2030-12-31")).getBody())
                .contains("plan/2029/tasks.csv (bản dự thảo) dòng").contains("không thuộc năm kế hoạch 2029");
        assertThat(upload("kthtdt.head", "tasks.csv", tasks).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("vhxh.officer", "tasks.csv", tasks.replace("Nhiệm vụ thử số 1,", "Nhiệm vụ thử số 1 (đã sửa),"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(download("vhxh.officer", "tasks.csv")).contains("Nhiệm vụ thử số 1 (đã sửa),");

        complete("vhxh.officer", edit, Map.of());
        Task approval = task(plan.getId(), "approvePlan");
        assertThat(candidateGroups(approval)).containsExactly("lanhdao");
        assertThatThrownBy(() -> complete("lanhdao.head", approval, Map.of("approvalDecision", "return")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnReason");
        complete("lanhdao.head", approval, Map.of("approvalDecision", "return",
                "returnReason", "Bổ sung nhiệm vụ về chuyển đổi số."));
        assertThat(plan).isWaitingAt("editPlanDraft");
        assertThat(runtimeService.getVariable(plan.getId(), "returnReason")).isEqualTo("Bổ sung nhiệm vụ về chuyển đổi số.");
        complete("vhxh.officer", task(plan.getId(), "editPlanDraft"), Map.of());
        // the Chairman decides the new round afresh
        assertThat(runtimeService.getVariables(plan.getId())).doesNotContainKeys("approvalDecision", "returnReason");

        // an administrator may complete any task, but not sign the ward's plan
        Task secondApproval = task(plan.getId(), "approvePlan");
        assertThatThrownBy(() -> complete("demo", secondApproval, Map.of("approvalDecision", "approve")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'demo' không thuộc nhóm này");
        engine.getTaskService().setAssignee(secondApproval.getId(), null);
        EngineClock.setTo(LocalDateTime.of(2028, 12, 4, 9, 0));
        complete("lanhdao.officer", secondApproval, Map.of("approvalDecision", "approve"));

        Task register = task(plan.getId(), "registerPlan");
        assertThat(candidateGroups(register)).containsExactly("vp");
        int suggested = ((Number) runtimeService.getVariable(plan.getId(), "registerNumber")).intValue();
        assertThat(suggested).isPositive();
        complete("vp.officer", register, Map.of("registerNumber", 3));
        assertThat(plan).isEnded();

        List<Attachment> attached = engine.getTaskService().getProcessInstanceAttachments(plan.getId());
        assertThat(attached).hasSize(1);
        String text;
        try (InputStream content = engine.getTaskService().getAttachmentContent(attached.get(0).getId())) {
            text = text(content.readAllBytes());
        }
        assertThat(text).contains("ỦY BAN NHÂN DÂN\tPHƯỜNG PHỔ YÊN", "Số: 03/KH-UBND",
                "Phổ Yên, ngày 04 tháng 12 năm 2028", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ TRỌNG TÂM",
                "III. TỔ CHỨC THỰC HIỆN", "hằng quý", "Nhiệm vụ thử số 1 (đã sửa)", "Các phòng chuyên môn, cơ quan, đơn vị",
                "TM. ỦY BAN NHÂN DÂN\tKT. CHỦ TỊCH\tPHÓ CHỦ TỊCH", "Nơi nhận:",
                "Ủy ban nhân dân (UBND)", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)");
        ResponseEntity<byte[]> document = rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity("/api/plan-editions/2029/document", byte[].class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(text(document.getBody())).contains("Số: 03/KH-UBND");
        // an issued plan is no longer a draft
        assertThat(upload("vhxh.officer", "tasks.csv", tasks).getBody()).contains("Không có bản dự thảo");

        // the issued edition is the year's plan: it launches
        ResponseEntity<Map> launched = rest.withBasicAuth("vhxh.officer", "demo")
                .postForEntity("/api/plan-years/2029/launch", null, Map.class);
        assertThat(launched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-task")
                .processInstanceBusinessKeyLike("%-2029-T%").count())
                .isEqualTo(17);
    }

    @Test
    void aBrokenDraftIsNotSubmittedAndAYearIsDraftedOnce() {
        ProcessInstance plan = start("vhxh.officer", 2028);
        // a file broken otherwise than by an upload (the API refuses those): the submission names file and line
        jdbc.update("UPDATE ward_plan_edition SET tasks_csv = REPLACE(tasks_csv, 'within-year,2029', "
                + "'within-year,2031') WHERE plan_year = 2029");
        assertThatThrownBy(() -> complete("vhxh.officer", task(plan.getId(), "editPlanDraft"), Map.of()))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("plan/2029/tasks.csv (bản dự thảo) dòng");
        assertThat(plan).isWaitingAt("editPlanDraft");

        ResponseEntity<Map> again = startRequest("vhxh.officer", 2028);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) again.getBody().get("message")).contains("kế hoạch năm 2029 đang được xây dựng");
        ResponseEntity<Map> noPlan = startRequest("vhxh.officer", 2030);
        assertThat((String) noPlan.getBody().get("message")).contains("Chưa có dữ liệu kế hoạch năm 2030");

        // cancelled in Cockpit, the drafting leaves its draft to nobody: the year is drafted afresh
        runtimeService.deleteProcessInstance(plan.getId(), "hủy trong Cockpit");
        ProcessInstance afresh = start("vhxh.officer", 2028);
        assertThat(afresh).isWaitingAt("editPlanDraft");
        assertThat(jdbc.queryForObject("SELECT process_instance_id FROM ward_plan_edition WHERE plan_year = 2029",
                String.class)).isEqualTo(afresh.getId());
    }

    private ProcessInstance start(String user, int fromYear) {
        ResponseEntity<Map> started = startRequest(user, fromYear);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return runtimeService.createProcessInstanceQuery().processInstanceId((String) started.getBody().get("id"))
                .singleResult();
    }

    private ResponseEntity<Map> startRequest(String user, int fromYear) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(START, new HttpEntity<>(Map.of("variables",
                Map.of("fromYear", Map.of("value", fromYear, "type", "Long"))), headers), Map.class);
    }

    private String download(String user, String file) {
        ResponseEntity<byte[]> answer = rest.withBasicAuth(user, "demo").getForEntity(FILES + file, byte[].class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return new String(answer.getBody(), StandardCharsets.UTF_8);
    }

    private ResponseEntity<String> upload(String user, String file, String text) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        return rest.withBasicAuth(user, "demo").exchange(FILES + file, HttpMethod.PUT,
                new HttpEntity<>(text.getBytes(StandardCharsets.UTF_8), headers), String.class);
    }

    private void complete(String user, Task task, Map<String, Object> variables) {
        completeAs(engine, user, task, new HashMap<>(variables));
    }

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }
}
