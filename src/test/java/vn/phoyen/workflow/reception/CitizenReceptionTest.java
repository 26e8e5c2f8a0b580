package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * A citizen reception on the application's engine: the visit is logged, each matter is answered on the spot or
 * opens a linked case; and the minimal feedback case such a matter opens.
 */
@EngineTest
class CitizenReceptionTest extends ProcessTest {

    /** Friday 06/03/2026, a reception day. */
    static final LocalDateTime RECEPTION_DAY = LocalDateTime.of(2026, 3, 6, 9, 0);

    @Autowired
    TaskService taskService;
    @Autowired
    FormService formService;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAReceptionDay() {
        EngineClock.setTo(RECEPTION_DAY);
    }

    static Map<String, Object> visit() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receptionDate", "2026-03-06");
        variables.put("visitorName", "Nguyễn Thị Lan");
        variables.put("visitorAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        variables.put("visitorIdNumber", "019087001234");
        return variables;
    }

    @Test
    void aVisitorWithTwoMattersOneAnsweredOnTheSpotOneOpeningAFeedbackCase() {
        Map<String, Object> variables = visit();
        variables.put("receivedBy", "vp.officer");
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception", variables);
        String caseNumber = reception.getBusinessKey();
        assertThat(caseNumber).matches("TD-2026-\\d{4}");

        Task log = task(reception, "recordVisit");
        assertThat(log.getName()).isEqualTo("Ghi sổ tiếp công dân – " + caseNumber);
        assertThat(candidateGroups(log)).containsExactly("vp");
        assertThat(log.getAssignee()).isEqualTo("vp.officer");
        // the next working day: Monday 09/03/2026
        assertThat(log.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        submit(log, Map.of("visitContent", "Hỏi thủ tục cấp giấy chứng nhận; phản ánh đèn đường ngõ 5 hỏng",
                "visitorConfirmed", true));

        Task first = task(reception, "handleMatter");
        assertThat(first.getName()).isEqualTo("Xử lý nội dung – " + caseNumber);
        assertThat(candidateGroups(first)).containsExactly("vp");
        assertThat(first.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        submit(first, Map.of("matterSummary", "Hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất",
                "handling", "answered", "answer", "Đã hướng dẫn nộp hồ sơ tại bộ phận một cửa", "moreMatters", true));

        assertThat(reception).hasPassed("recordMatter").isWaitingAt("handleMatter");
        assertThat(reception).hasNotPassed("openLinkedCase");
        Task second = task(reception, "handleMatter");
        // the form of the next matter opens empty
        assertThat(taskService.getVariables(second.getId())).doesNotContainKeys("matterSummary", "handling", "answer",
                "moreMatters");
        submit(second, Map.of("matterSummary", "Đèn đường ngõ 5 hỏng", "handling", "feedback", "category", "ha-tang",
                "content", "Ngõ 5 tổ dân phố Ba Hàng tối từ tuần trước", "moreMatters", false));

        assertThat(reception).hasPassed("openLinkedCase", "receptionEnded").isEnded();
        ProcessInstance feedback = runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("receptionCase", caseNumber).singleResult();
        assertThat(feedback.getBusinessKey()).matches("PA-2026-\\d{4}");
        Map<String, Object> opened = runtimeService.getVariables(feedback.getId());
        assertThat(opened).containsEntry("receivedDate", "2026-03-06").containsEntry("channel", "desk")
                .containsEntry("category", "ha-tang").containsEntry("title", "Đèn đường ngõ 5 hỏng")
                .containsEntry("content", "Ngõ 5 tổ dân phố Ba Hàng tối từ tuần trước")
                .containsEntry("senderName", "Nguyễn Thị Lan")
                .containsEntry("senderContact", "Tổ dân phố Ba Hàng, phường Phổ Yên");

        Map<String, Object> record = historicVariables(reception.getId());
        assertThat(record.get("linkedCases")).isEqualTo(List.of(feedback.getBusinessKey()));
        assertThat((List<Map<String, Object>>) record.get("matters")).extracting(entry -> entry.get("summary"),
                entry -> entry.get("handling"), entry -> entry.get("answer"), entry -> entry.get("linkedCase"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất",
                                "answered", "Đã hướng dẫn nộp hồ sơ tại bộ phận một cửa", ""),
                        org.assertj.core.groups.Tuple.tuple("Đèn đường ngõ 5 hỏng", "feedback", "",
                                feedback.getBusinessKey()));
    }

    @Test
    void aFeedbackReceivedBeforeTet2026IsDueTenWorkingDaysAfterIt() {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 13, 10, 0));
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", feedback("2026-02-13"));

        assertThat(feedback.getBusinessKey()).matches("PA-2026-\\d{4}");
        // Friday 13/02: 23, 24, 25, 26, 27/02 and 02, 03, 04, 05, 06/03 (16–20/02 are Tết)
        Date due = endOfDay(2026, 3, 6);
        assertThat(runtimeService.getVariable(feedback.getId(), "answerDueDate")).isEqualTo(due);
        Task assignment = task(feedback, "assignOfficer");
        assertThat(assignment.getName()).isEqualTo("Phân công cán bộ trả lời – " + feedback.getBusinessKey());
        // street lights are infrastructure: the feedback-routing decision gives them to kthtdt, whose heads assign
        assertThat(candidateGroups(assignment)).containsExactly("kthtdt-heads");
        submit(assignment, Map.of("answerOfficer", "kthtdt.officer"));
        Task answer = task(feedback, "draftAnswer");
        assertThat(answer.getName()).isEqualTo("Soạn câu trả lời – " + feedback.getBusinessKey());
        assertThat(answer.getAssignee()).isEqualTo("kthtdt.officer");
        assertThat(answer.getDueDate()).isEqualTo(due);

        submit(answer, Map.of("answer", "Đã sửa đèn đường ngày 20/02/2026"));
        assertThat(feedback).isWaitingAt("approveAnswer");
    }

    @Test
    void aFeedbackReceivedOnAMakeUpSaturdayCountsFromThatDay() {
        EngineClock.setTo(LocalDateTime.of(2026, 1, 10, 10, 0));
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", feedback("2026-01-10"));

        // 12–16/01 and 19–23/01: Friday 23/01/2026
        assertThat(runtimeService.getVariable(feedback.getId(), "answerDueDate")).isEqualTo(endOfDay(2026, 1, 23));
    }

    @Test
    void aRefusedLinkedStartShowsTheClerkWhyAndLosesNothing() {
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception", visit());
        submit(task(reception, "recordVisit"), Map.of("visitContent", "Phản ánh đèn đường"));
        Task matter = task(reception, "handleMatter");

        // as Tasklist submits a Camunda Form, bypassing its checks: no category
        ResponseEntity<Map> refused = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/task/{id}/submit-form", Map.of("variables", Map.of(
                        "matterSummary", Map.of("value", "Đèn đường ngõ 5 hỏng", "type", "String"),
                        "handling", Map.of("value", "feedback", "type", "String"),
                        "moreMatters", Map.of("value", false, "type", "Boolean"))), Map.class, matter.getId());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains(
                "Không mở được hồ sơ phản ánh, kiến nghị cho nội dung này: Thiếu biến 'category'");
        assertThat(task(reception, "handleMatter").getId()).isEqualTo(matter.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback").count()).isZero();
        assertThat(runtimeService.getVariables(reception.getId())).doesNotContainKeys("linkedCases", "matters",
                "matterSummary");
    }

    @Test
    void aMatterFormWithoutItsAnswerIsRefusedAndTheTaskStaysOpen() {
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception", visit());
        submit(task(reception, "recordVisit"), Map.of("visitContent", "Hỏi thủ tục"));
        Task matter = task(reception, "handleMatter");

        ResponseEntity<Map> refused = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/task/{id}/submit-form", Map.of("variables", Map.of(
                        "matterSummary", Map.of("value", "Hỏi thủ tục", "type", "String"),
                        "handling", Map.of("value", "answered", "type", "String"))), Map.class, matter.getId());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("cần ghi nội dung trả lời (answer)");
        assertThat(reception).isWaitingAt("handleMatter");
    }

    @Test
    void theReceivingOfficeStartsAReceptionThroughTheRestApi() {
        ResponseEntity<Map> started = startByRest("citizen-reception", Map.of(
                "receptionDate", "2026-03-06", "visitorName", "Lê Văn Hùng", "visitorAddress", "Tổ dân phố Đồng Tiến",
                "groupSize", "6"));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((String) started.getBody().get("businessKey")).matches("TD-2026-\\d{4}");
        assertThat(runtimeService.getVariable((String) started.getBody().get("id"), "groupSize")).isEqualTo(6);
    }

    @Test
    void badStartVariablesAreRefusedNamingTheVariableAndLeaveNoInstance() {
        long before = runtimeService.createProcessInstanceQuery().count();
        Map<String, Map<String, String>> bad = Map.of(
                "visitorName", Map.of("receptionDate", "2026-03-06", "visitorAddress", "Tổ dân phố Ba Hàng"),
                "receptionDate", Map.of("receptionDate", "06/03/2026", "visitorName", "Lan",
                        "visitorAddress", "Tổ dân phố Ba Hàng"),
                "visitorIdNumber", Map.of("receptionDate", "2026-03-06", "visitorName", "Lan",
                        "visitorAddress", "Tổ dân phố Ba Hàng", "visitorIdNumber", "12AB"));
        bad.forEach((variable, variables) -> {
            ResponseEntity<Map> refused = startByRest("citizen-reception", variables);
            assertThat(refused.getStatusCode()).as(variable).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message")).as(variable).contains("'" + variable + "'");
        });
        ResponseEntity<Map> feedback = startByRest("feedback", Map.of("receivedDate", "2026-03-06", "channel", "fax",
                "category", "ha-tang", "title", "t", "content", "c", "senderName", "s", "senderContact", "0912"));
        assertThat(feedback.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) feedback.getBody().get("message")).contains("'channel'");

        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void theReceptionDaysAreOfferedToStaff() {
        ResponseEntity<List> days = rest.withBasicAuth("vp.officer", "demo")
                .getForEntity("/api/reception-days?from=2025-04-28&to=2025-05-09", List.class);

        assertThat(days.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat((List<Map<String, Object>>) days.getBody()).extracting(day -> day.get("date"),
                day -> day.get("weekday")).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("2025-04-29", "Thứ Ba"),
                        org.assertj.core.groups.Tuple.tuple("2025-05-09", "Thứ Sáu"));
    }

    @Test
    void theReceptionDaysAnswerBadRequestsInVietnamese() {
        ResponseEntity<Map> unknown = rest.withBasicAuth("vp.officer", "demo")
                .getForEntity("/api/reception-days?from=2020-12-01&to=2020-12-31", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).containsEntry("message", "Năm 2020 nằm ngoài lịch ngày làm việc của phường "
                + "(chỉ tính được hạn trong các năm 2021–2100); kiểm tra lại ngày đã nhập");

        ResponseEntity<Map> notADate = rest.withBasicAuth("vp.officer", "demo")
                .getForEntity("/api/reception-days?from=06/03/2026&to=2026-03-31", Map.class);
        assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notADate.getBody()).containsEntry("message", "Tham số 'from' phải là ngày dạng yyyy-MM-dd");

        assertThat(rest.getForEntity("/api/reception-days?from=2026-03-01&to=2026-03-31", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map> startByRest(String key, Map<String, String> variables) {
        Map<String, Object> typed = variables.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> Map.of("value", entry.getValue(), "type", "String")));
        return rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/{key}/start", Map.of("variables", typed), Map.class, key);
    }

    private static Map<String, Object> feedback(String receivedDate) {
        return new HashMap<>(Map.of("receivedDate", receivedDate, "channel", "phone", "category", "ha-tang",
                "title", "Đèn đường hỏng", "content", "Ngõ 5 tối", "senderName", "Phạm Văn Minh",
                "senderContact", "0912 345 678"));
    }

    private Map<String, Object> historicVariables(String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).list()
                .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
        return variables;
    }

    private Task task(ProcessInstance instance, String key) {
        List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
                .initializeFormKeys().list();
        assertThat(tasks).as("open tasks %s", key).hasSize(1);
        return tasks.get(0);
    }

    private void submit(Task task, Map<String, Object> variables) {
        assertThat(formService.getDeployedTaskForm(task.getId())).isNotNull();
        formService.submitTaskForm(task.getId(), variables);
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }
}
