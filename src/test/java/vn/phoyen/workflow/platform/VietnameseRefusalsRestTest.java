package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.WebappSession;

/**
 * Every refusal a person meets through Tasklist (which calls the webapps' API under /camunda/api/engine, not
 * /engine-rest) or through the REST API is a 4xx in Vietnamese naming what is missing: a check of a task form
 * answers 400 naming the field, not 500 "Cannot submit task form …", and so does a refusal of a step the task's
 * completion runs; a permission refusal answers 403 naming the permission.
 */
class VietnameseRefusalsRestTest extends ProcessTest {

    private static final String WEBAPP_TASK = "/camunda/api/engine/engine/default/task/";

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;
    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFeedbackReturnedWithoutItsReasonIsABadRequestNamingTheField() throws Exception {
        ProcessInstance feedback = feedbackDraftedBy("vp.officer");
        Task approval = task(feedback.getId(), "approveAnswer");

        HttpResponse<String> refused = WebappSession.login(port, "vp.head", "demo").postJson(
                WEBAPP_TASK + approval.getId() + "/submit-form",
                "{\"variables\": {\"approvalDecision\": {\"value\": \"return\", \"type\": \"String\"}}}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String message = json.readTree(refused.body()).path("message").asText();
        assertThat(message).contains("returnReason").contains("lý do trả lại").doesNotContain("Cannot submit");
        assertThat(task(feedback.getId(), "approveAnswer")).isNotNull();
    }

    @Test
    void aComplaintAcceptedWithoutItsNoticeNumberIsABadRequestNamingTheField() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", Map.of(
                "receivedDate", "2026-02-27", "complainantName", "Nguyễn Thị Hoa",
                "complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên",
                "subject", "Khiếu nại quyết định xử phạt", "content", "Tôi không đồng ý với mức phạt."));
        Task decision = task(complaint.getId(), "decideAcceptance");
        String answers = "{\"variables\": {\"acceptanceDecision\": {\"value\": \"accept\"}, \"learnedOn\": {\"value\": "
                + "\"2026-02-02\"}, \"acceptedOn\": {\"value\": \"2026-03-02\"}, \"noticeDate\": {\"value\": \"2026-03-02\"}}}";

        HttpResponse<String> refused = WebappSession.login(port, "vp.officer", "demo")
                .postJson(WEBAPP_TASK + decision.getId() + "/submit-form", answers);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("message").asText()).contains("noticeNumber")
                .contains("số văn bản thông báo");

        // the same through the REST API
        ResponseEntity<Map> viaRest = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/task/" + decision.getId() + "/submit-form", jsonEntity(json.readValue(answers, Map.class)),
                Map.class);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) viaRest.getBody().get("message")).contains("noticeNumber");
    }

    /** Two officers of a unit open the same task; the second one's claim or completion finds it done. */
    @Test
    void aTaskAColleagueHasJustCompletedIsNotFoundInVietnamese() throws Exception {
        ProcessInstance feedback = feedbackDraftedBy("vp.officer");
        Task approval = task(feedback.getId(), "approveAnswer");
        WebappSession secondHead = WebappSession.login(port, "vp.head", "demo");
        identityService.setAuthentication("vp.head", List.of("vp", "vp-heads"));
        try {
            submitForm(engine, approval, Map.of("approvalDecision", "approve"));
        } finally {
            identityService.clearAuthentication();
        }

        for (HttpResponse<String> late : List.of(
                secondHead.postJson(WEBAPP_TASK + approval.getId() + "/claim", "{\"userId\": \"vp.head\"}"),
                secondHead.postJson(WEBAPP_TASK + approval.getId() + "/submit-form",
                        "{\"variables\": {\"approvalDecision\": {\"value\": \"approve\"}}}"))) {
            assertThat(late.statusCode()).as(late.body()).isEqualTo(404);
            assertThat(json.readTree(late.body()).path("message").asText()).isEqualTo(VietnameseRestErrors.TASK_GONE);
        }
        ResponseEntity<Map> viaRest = rest.withBasicAuth("vp.head", "demo").postForEntity(
                "/engine-rest/task/" + approval.getId() + "/complete", jsonEntity(Map.of("variables", Map.of())),
                Map.class);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) viaRest.getBody().get("message")).startsWith("Công việc này không còn");
    }

    @Test
    void aPermissionRefusalSaysInVietnameseWhatIsMissing() throws Exception {
        ProcessInstance feedback = feedbackDraftedBy("vp.officer");
        Task approval = task(feedback.getId(), "approveAnswer");

        // a unit with no part in the case: Tasklist's call and the REST API's
        HttpResponse<String> refused = WebappSession.login(port, "kthtdt.officer", "demo").postJson(
                WEBAPP_TASK + approval.getId() + "/claim", "{\"userId\": \"kthtdt.officer\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        JsonNode body = json.readTree(refused.body());
        assertThat(body.path("message").asText()).startsWith("Người dùng kthtdt.officer không có quyền")
                .contains("công việc").doesNotContain("does not have");
        assertThat(body.path("type").asText()).isEqualTo("AuthorizationException");

        ResponseEntity<Map> viaRest = rest.withBasicAuth("kthtdt.officer", "demo").postForEntity(
                "/engine-rest/task/" + approval.getId() + "/claim", jsonEntity(Map.of("userId", "kthtdt.officer")),
                Map.class);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) viaRest.getBody().get("message")).startsWith("Người dùng kthtdt.officer không có quyền");
    }

    @Test
    void aRefusalThrownInAServiceStepIsABadRequestWithItsMessage() throws Exception {
        // a second extension of the initial processing: the law allows one, the step after the task refuses it
        EngineClock.setTo(LocalDateTime.of(2026, 1, 12, 9, 0));
        ProcessInstance denunciation = runtimeService.startProcessInstanceByKey("denunciation", Map.of(
                "receivedDate", "2026-01-12", "denouncerName", "Trần Thị Kín Đáo", "denouncerContact", "0987 654 321",
                "accusedName", "Lê Văn Bị", "accusedUnit", "kthtdt", "content", "Nhận tiền để cấp phép sai quy định"));
        submitForm(engine, task(denunciation.getId(), "assignHandler"), Map.of("handler", "vp.officer"));
        submitForm(engine, task(denunciation.getId(), "processInitially"),
                Map.of("initialDecision", "extend", "initialExtensionReason", "Phải xác minh ở hai tổ dân phố"));
        Task again = task(denunciation.getId(), "processInitially");
        String answers = "{\"variables\": {\"initialDecision\": {\"value\": \"extend\"}, "
                + "\"initialExtensionReason\": {\"value\": \"Lần nữa\"}}}";

        HttpResponse<String> refused = WebappSession.login(port, "vp.officer", "demo")
                .postJson(WEBAPP_TASK + again.getId() + "/submit-form", answers);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(json.readTree(refused.body()).path("message").asText())
                .startsWith("Việc xử lý ban đầu chỉ được gia hạn một lần").doesNotContain("Cannot submit");

        ResponseEntity<Map> viaRest = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/task/" + again.getId() + "/submit-form", jsonEntity(json.readValue(answers, Map.class)),
                Map.class);
        assertThat(viaRest.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) viaRest.getBody().get("message")).startsWith("Việc xử lý ban đầu chỉ được gia hạn một lần");
        assertThat(task(denunciation.getId(), "processInitially").getId()).isEqualTo(again.getId());
    }

    /** A feedback case of the Office, its answer drafted by {@code officer}: waiting for the head's approval. */
    private ProcessInstance feedbackDraftedBy(String officer) {
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate",
                "2026-11-27", "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        identityService.setAuthentication("vp.head", List.of("vp", "vp-heads"));
        try {
            submitForm(engine, task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", officer));
        } finally {
            identityService.clearAuthentication();
        }
        submitForm(engine, task(feedback.getId(), "draftAnswer"), Map.of("answer", "Thứ Sáu hằng tuần."));
        return feedback;
    }

    private static HttpEntity<Object> jsonEntity(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
