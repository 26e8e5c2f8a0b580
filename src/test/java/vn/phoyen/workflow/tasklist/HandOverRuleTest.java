package vn.phoyen.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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

import vn.phoyen.workflow.ProcessTest;

/**
 * An officer takes a task or gives it back to the unit, but only a unit head (or an administrator) hands it to
 * someone else — through Tasklist's call, {@code POST /task/{id}/assignee}, refused 403 in Vietnamese.
 */
class HandOverRuleTest extends ProcessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;

    private Task intake;

    @BeforeEach
    void aComplaintWaitsAtTheCaseOffice() {
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", new HashMap<>(Map.of(
                "receivedDate", "2026-12-01", "complainantName", "Nguyễn Thị Hoa", "complainantAddress",
                "Tổ dân phố Ba Hàng", "subject", "Khiếu nại quyết định xử phạt", "content", "Không đồng ý mức phạt")));
        intake = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
    }

    @Test
    void anOfficerTakesTheTaskAndGivesItBackButHandsItToNobodyElse() {
        assertThat(assign("vp.officer", "vp.officer").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        ResponseEntity<Map> refused = assign("vp.officer", "vp.head");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).isEqualTo(
                "Chỉ lãnh đạo đơn vị (hoặc quản trị viên) được giao việc cho người khác; "
                        + "cán bộ có thể nhận việc hoặc trả việc về đơn vị");
        assertThat(holder()).isEqualTo("vp.officer");
        // nor by saving the whole task with another holder
        Map<String, Object> saved = new HashMap<>(rest.exchange("/engine-rest/task/" + intake.getId(), HttpMethod.GET,
                new HttpEntity<>(headers("vp.officer")), Map.class).getBody());
        saved.put("assignee", "vp.head");
        ResponseEntity<Map> savedRefused = rest.exchange("/engine-rest/task/" + intake.getId(), HttpMethod.PUT,
                new HttpEntity<>(saved, headers("vp.officer")), Map.class);
        assertThat(savedRefused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(holder()).isEqualTo("vp.officer");

        assertThat(assign("vp.officer", null).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(holder()).isNull();
    }

    @Test
    void aUnitHeadAndAnAdministratorHandItOver() {
        assertThat(assign("vp.head", "vp.officer").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(holder()).isEqualTo("vp.officer");
        assertThat(assign("demo", "vp.head").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(holder()).isEqualTo("vp.head");
    }

    private String holder() {
        return taskService.createTaskQuery().taskId(intake.getId()).singleResult().getAssignee();
    }

    private ResponseEntity<Map> assign(String caller, String newHolder) {
        Map<String, Object> body = new HashMap<>();
        body.put("userId", newHolder);
        return rest.exchange("/engine-rest/task/" + intake.getId() + "/assignee", HttpMethod.POST,
                new HttpEntity<>(body, headers(caller)), Map.class);
    }

    private static HttpHeaders headers(String caller) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(caller, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }
}
