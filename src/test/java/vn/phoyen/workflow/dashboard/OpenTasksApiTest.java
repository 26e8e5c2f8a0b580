package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * {@code GET /api/open-tasks}: every open task the supervising office, the supervisors and administrators may read,
 * with its unit, holder (full name or candidate unit), due date as DD/MM/YYYY and an overdue mark; denunciations only
 * for those who may read them; filters and pages; 403 for other staff.
 */
class OpenTasksApiTest extends ProcessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;

    @Test
    void theSupervisingOfficeSeesEveryOpenCaseTaskWithItsHolderDueDateAndOverdueMark() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance overdue = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        ProcessInstance denunciation = runtimeService.startProcessInstanceByKey("denunciation",
                WardHistoryEngineTest.denunciation());
        EngineClock.reset();
        ProcessInstance fresh = runtimeService.startProcessInstanceByKey("complaint", new java.util.HashMap<>(Map.of("receivedDate",
                java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toString(), "complainantName", "Lê Văn An",
                "complainantAddress", "Tổ dân phố Ba Hàng", "subject", "Khiếu nại", "content", "Nội dung")));
        Task held = taskService.createTaskQuery().processInstanceId(fresh.getId()).singleResult();
        taskService.claim(held.getId(), "vp.officer");

        for (String user : List.of("vhxh.head", "lanhdao.officer", "demo")) {
            Map<String, Object> page = get(user, "/api/open-tasks?size=200").getBody();
            List<Map<String, Object>> tasks = (List<Map<String, Object>>) page.get("tasks");

            Map<String, Object> late = only(tasks, overdue);
            assertThat(late).as(user).containsEntry("caseNumber", overdue.getBusinessKey())
                    .containsEntry("processKey", "complaint").containsEntry("unit", "vp")
                    .containsEntry("unitName", "Văn phòng HĐND và UBND phường")
                    .containsEntry("holder", "Văn phòng HĐND và UBND phường").containsEntry("assigned", false)
                    .containsEntry("due", "12/03/2026").containsEntry("overdue", true)
                    .containsEntry("cockpitLink", "/camunda/app/cockpit/default/#/process-instance/" + overdue.getId());
            Map<String, Object> mine = only(tasks, fresh);
            assertThat(mine).as(user).containsEntry("holder", "Lý Văn Sơn").containsEntry("assigned", true)
                    .containsEntry("overdue", false);
            // overdue work first
            assertThat(tasks.get(0)).as(user).containsEntry("overdue", true);
            assertThat((Integer) page.get("overdueTotal")).as(user).isGreaterThanOrEqualTo(1);
        }
        // denunciations stay with those who handle them: not the supervising office's to read
        assertThat(tasksOf(get("vhxh.head", "/api/open-tasks?size=200").getBody(), denunciation)).isEmpty();
        assertThat(tasksOf(get("demo", "/api/open-tasks?size=200").getBody(), denunciation)).isNotEmpty();
    }

    @Test
    void filtersByUnitAndOverdueAndPages() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance first = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        ProcessInstance second = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        EngineClock.reset();

        Map<String, Object> overdueOfVp = get("vhxh.head", "/api/open-tasks?unit=vp&overdue=true&size=1&page=1").getBody();
        assertThat(overdueOfVp).containsEntry("page", 1).containsEntry("size", 1);
        assertThat((Integer) overdueOfVp.get("total")).isGreaterThanOrEqualTo(2);
        assertThat((List<?>) overdueOfVp.get("tasks")).hasSize(1);
        Map<String, Object> secondPage = get("vhxh.head", "/api/open-tasks?unit=vp&overdue=true&size=1&page=2").getBody();
        assertThat(((List<Map<String, Object>>) secondPage.get("tasks")).get(0).get("taskId"))
                .isNotEqualTo(((List<Map<String, Object>>) overdueOfVp.get("tasks")).get(0).get("taskId"));
        assertThat(tasksOf(get("vhxh.head", "/api/open-tasks?unit=ca&size=200").getBody(), first)).isEmpty();
        assertThat(tasksOf(get("vhxh.head", "/api/open-tasks?overdue=false&size=200").getBody(), second)).isEmpty();
        assertThat(get("vhxh.head", "/api/open-tasks?unit=nowhere").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("vhxh.head", "/api/open-tasks?page=0").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aTaskOfAModelNotFollowedThatTheCallerHoldsIsListedInItsPlaceAcrossPages() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance earlier = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        ProcessInstance denunciation = runtimeService.startProcessInstanceByKey("denunciation",
                WardHistoryEngineTest.denunciation());
        EngineClock.reset();
        ProcessInstance later = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        // the supervisors follow complaints as a whole, this denunciation only because one of them holds its task: two
        // parts of the list, merged by due date
        for (ProcessInstance instance : List.of(earlier, denunciation, later)) {
            taskService.claim(taskService.createTaskQuery().processInstanceId(instance.getId()).list().get(0).getId(),
                    "lanhdao.officer");
        }

        Map<String, Object> all = get("lanhdao.officer", "/api/open-tasks?unit=lanhdao&size=200").getBody();
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) all.get("tasks");
        assertThat(tasksOf(all, denunciation)).hasSize(1);
        assertThat(tasksOf(all, earlier)).hasSize(1);
        assertThat(tasksOf(all, later)).hasSize(1);
        assertThat(tasks).extracting(task -> (String) task.get("dueDate")).isSorted();
        assertThat(((Number) all.get("total")).intValue()).isEqualTo(tasks.size());
        List<Object> pageByPage = new java.util.ArrayList<>();
        for (int page = 1; page <= tasks.size(); page++) {
            pageByPage.add(((List<Map<String, Object>>) get("lanhdao.officer",
                    "/api/open-tasks?unit=lanhdao&size=1&page=" + page).getBody().get("tasks")).get(0).get("taskId"));
        }
        assertThat(pageByPage).isEqualTo(tasks.stream().map(task -> task.get("taskId")).toList());
    }

    @Test
    void otherStaffAreRefused() {
        for (String user : List.of("vp.head", "vp.officer", "kthtdt.head")) {
            ResponseEntity<Map> refused = get(user, "/api/open-tasks");

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) refused.getBody().get("message")).as(user).startsWith("Chỉ Phòng Văn hoá - Xã hội");
        }
        assertThat(rest.getForEntity("/api/open-tasks", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }

    private static Map<String, Object> only(List<Map<String, Object>> tasks, ProcessInstance instance) {
        List<Map<String, Object>> found = tasks.stream().filter(task -> ("/camunda/app/cockpit/default/#/process-instance/"
                + instance.getId()).equals(task.get("cockpitLink"))).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static List<Map<String, Object>> tasksOf(Map<String, Object> page, ProcessInstance instance) {
        return ((List<Map<String, Object>>) page.get("tasks")).stream().filter(task -> (
                "/camunda/app/cockpit/default/#/process-instance/" + instance.getId()).equals(task.get("cockpitLink")))
                .toList();
    }
}
