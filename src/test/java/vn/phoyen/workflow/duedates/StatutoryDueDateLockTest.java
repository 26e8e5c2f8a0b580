package vn.phoyen.workflow.duedates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
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

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.security.WebappLogin;

/**
 * A due date the model set (from the law) is locked: a unit head cannot remove or move it, through the REST API or
 * Tasklist's own calls (403 in Vietnamese, never 500); an administrator can, with a reason that is recorded; the system's
 * own revision after a holidays notice still moves due dates; a task the model gives no due date stays free.
 */
class StatutoryDueDateLockTest extends ProcessTest {

    static final String LATER = "2026-03-20T23:59:59.000+0700";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;

    private Task intake;

    @BeforeEach
    void aComplaintWaitsForItsAcceptanceDecision() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", new HashMap<>(Map.of(
                "receivedDate", "2026-03-02", "complainantName", "Nguyễn Thị Hoa", "complainantAddress",
                "Tổ dân phố Ba Hàng", "subject", "Khiếu nại quyết định xử phạt", "content", "Không đồng ý mức phạt")));
        EngineClock.reset();
        intake = taskService.createTaskQuery().processInstanceId(complaint.getId()).singleResult();
        assertThat(intake.getDueDate()).isNotNull();
    }

    @Test
    void aUnitHeadCannotRemoveOrMoveItThroughTheRestApi() {
        for (String due : new String[] {null, LATER}) {
            ResponseEntity<Map> refused = put("/engine-rest/task/" + intake.getId(), basic("vp.head"), taskAsRead(due));

            assertThat(refused.getStatusCode()).as(due).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) refused.getBody().get("message")).isEqualTo(StatutoryDueDates.CHANGE_REFUSED);
        }
        assertThat(dueDate()).isEqualTo(intake.getDueDate());
    }

    @Test
    void aUnitHeadCannotRemoveItInTasklist() {
        // Tasklist's "× Bỏ hạn xử lý": the task as it read it, due date emptied, on the webapps' engine API
        WebappLogin head = WebappLogin.as(rest, "vp.head", "tasklist");

        ResponseEntity<Map> refused = put("/camunda/api/engine/engine/default/task/" + intake.getId(), head.headers(true),
                taskAsRead(null));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).isEqualTo(StatutoryDueDates.CHANGE_REFUSED);
        assertThat(dueDate()).isEqualTo(intake.getDueDate());
    }

    @Test
    void otherChangesToTheTaskStillWork() {
        Map<String, Object> body = taskAsRead(LATER);
        body.put("due", asRead().get("due"));
        body.put("priority", 80);

        assertThat(put("/engine-rest/task/" + intake.getId(), basic("vp.head"), body).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().taskId(intake.getId()).singleResult().getPriority()).isEqualTo(80);
    }

    @Test
    void anAdministratorChangesItWithAReasonThatIsRecorded() {
        ResponseEntity<Map> noReason = put("/engine-rest/task/" + intake.getId(), basic("demo"), taskAsRead(LATER));
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) noReason.getBody().get("message")).isEqualTo(StatutoryDueDates.REASON_MISSING);

        HttpHeaders admin = basic("demo");
        admin.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange("/engine-rest/task/" + intake.getId() + "/localVariables/"
                + StatutoryDueDates.REASON_VARIABLE, HttpMethod.PUT, new HttpEntity<>(Map.of("value",
                "Quyết định gia hạn số 05/QĐ-UBND", "type", "String"), admin), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<Map> changed = put("/engine-rest/task/" + intake.getId(), basic("demo"), taskAsRead(LATER));

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(dueDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 20, 23, 59, 59)));
        List<Comment> comments = taskService.getTaskComments(intake.getId());
        assertThat(comments).singleElement().satisfies(comment -> {
            assertThat(comment.getUserId()).isEqualTo("demo");
            assertThat(comment.getFullMessage()).contains("Thay đổi hạn xử lý theo quy định: từ 12/03/2026 23:59 sang "
                    + "20/03/2026 23:59", "người thay đổi: demo", "lý do: Quyết định gia hạn số 05/QĐ-UBND");
        });
        // each change needs its own reason
        assertThat(taskService.getVariableLocal(intake.getId(), StatutoryDueDates.REASON_VARIABLE)).isNull();
        assertThat(put("/engine-rest/task/" + intake.getId(), basic("demo"), taskAsRead(null)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theSystemsOwnRevisionStillMovesIt() {
        Date moved = EngineClock.at(LocalDateTime.of(2026, 3, 13, 23, 59, 59));
        // as the calendar does when an administrator loads a holidays notice through the API
        engine.getIdentityService().setAuthentication("demo", List.of("camunda-admin"));
        try {
            StatutoryDueDates.systemRevision(() -> {
                Task task = taskService.createTaskQuery().taskId(intake.getId()).singleResult();
                task.setDueDate(moved);
                taskService.saveTask(task);
            });
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        assertThat(dueDate()).isEqualTo(moved);
        // and the engine's own work with nobody logged in
        Task task = taskService.createTaskQuery().taskId(intake.getId()).singleResult();
        task.setDueDate(intake.getDueDate());
        taskService.saveTask(task);
        assertThat(dueDate()).isEqualTo(intake.getDueDate());
    }

    private Date dueDate() {
        return taskService.createTaskQuery().taskId(intake.getId()).singleResult().getDueDate();
    }

    /** The task as Tasklist reads it (camundaFormRef included), with {@code due} as given. */
    private Map<String, Object> taskAsRead(String due) {
        Map<String, Object> task = new HashMap<>(asRead());
        task.put("due", due);
        return task;
    }

    private Map<String, Object> asRead() {
        return rest.exchange("/engine-rest/task/" + intake.getId(), HttpMethod.GET, new HttpEntity<>(basic("demo")),
                Map.class).getBody();
    }

    private ResponseEntity<Map> put(String path, HttpHeaders headers, Map<String, Object> body) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), Map.class);
    }

    private static HttpHeaders basic(String user) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(user, "demo");
        return headers;
    }
}
