package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestPropertySource;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/**
 * Cases whose legal periods reach a year without an official holidays notice (2027, seen from December 2026) get
 * their deadlines on the Labour Code's provisional days, marked as such; the administrator's notice, once loaded,
 * moves them, their tasks and their timers, and says so in the case's history. Through REST, as staff and residents
 * reach the system. Its own calendar directory, so the notice it loads stays in this test's application.
 */
@EngineTest
@TestPropertySource(properties = "ward.calendar.directory=" + ProvisionalYearInCasesTest.NOTICES)
class ProvisionalYearInCasesTest extends ProcessTest {

    static final String NOTICES = "target/provisional-year-test-notices";

    /**
     * 2027 as the Government might publish it: the Labour Code's days, except that Monday 04/01/2027 is a swapped day
     * off, made up on Saturday 09/01/2027.
     */
    private static final String NOTICE_2027 = """
            # Lịch nghỉ lễ, Tết năm 2027 (ví dụ của phép thử)
            date,kind,name
            2027-01-01,holiday,Tết Dương lịch
            2027-01-04,swapped-day-off,Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 09/01/2027)
            2027-01-09,make-up-workday,Làm bù cho ngày nghỉ hoán đổi thứ Hai 04/01/2027
            2027-02-05,holiday,Tết Nguyên đán Đinh Mùi
            2027-02-08,holiday,Tết Nguyên đán Đinh Mùi
            2027-02-09,holiday,Tết Nguyên đán Đinh Mùi
            2027-02-10,holiday,Tết Nguyên đán Đinh Mùi
            2027-02-11,holiday,Tết Nguyên đán Đinh Mùi
            2027-04-16,holiday,Giỗ Tổ Hùng Vương
            2027-04-30,holiday,Ngày Chiến thắng
            2027-05-03,holiday,Ngày Quốc tế Lao động (nghỉ bù)
            2027-09-02,holiday,Quốc khánh
            2027-09-03,holiday,Quốc khánh
            """;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CalendarNoticeWatch watch;

    @BeforeAll
    @AfterAll
    static void noNoticeStored() throws IOException {
        Path directory = Path.of(NOTICES);
        if (Files.exists(directory)) {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    void casesReachingTheUnpublishedYearAreCountedProvisionallyAndMovedByTheOfficialNotice() {
        // Thursday 03/12/2026: a complaint received and accepted today
        EngineClock.setTo(LocalDateTime.of(2026, 12, 3, 9, 0));
        String complaint = start("complaint", Map.of("receivedDate", "2026-12-03", "complainantName", "Nguyễn Thị Hoa",
                "complainantAddress", "Tổ dân phố Ba Hàng", "subject", "Khiếu nại quyết định xử phạt",
                "content", "Tôi không đồng ý với mức phạt."));
        completeAs("vp.officer", task(complaint, "decideAcceptance"), Map.of("acceptanceDecision", "accept",
                "learnedOn", "2026-11-20", "acceptedOn", "2026-12-03", "noticeNumber", "12/TB-UBND",
                "noticeDate", "2026-12-03"));
        // Law on Complaints Art. 28: 30 days → Saturday 02/01/2027 → Monday 04/01/2027 (Civil Code Art. 148)
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2027, 1, 4));
        assertThat(variable(complaint, "deadlineProvisional")).isEqualTo(true);
        List<Date> complaintTimers = timers(complaint);
        assertThat(complaintTimers).contains(endOfDay(2027, 1, 4));

        // Monday 28/12/2026: a resident's feedback, answered within 10 working days (Friday 01/01/2027 is a holiday)
        EngineClock.setTo(LocalDateTime.of(2026, 12, 28, 9, 0));
        Map<?, ?> receipt = rest.postForEntity("/api/public/feedback", json(Map.of("senderName", "Trần Văn Bình",
                "senderContact", "binh@example.vn", "category", "moi-truong", "title", "Rác thải ở tổ dân phố Ba Hàng",
                "content", "Rác không được thu gom ba ngày nay.")), Map.class).getBody();
        assertThat(receipt.get("dueDate")).isEqualTo("2027-01-12");
        assertThat(receipt.get("dueDateNote")).isEqualTo("dự kiến, theo lịch nghỉ chưa công bố");
        String code = (String) receipt.get("trackingCode");
        String feedback = instanceOfFeedback(code);

        // Thursday 31/12/2026: a denunciation, 7 working days of initial processing (Law on Denunciations Art. 24(1))
        EngineClock.setTo(LocalDateTime.of(2026, 12, 31, 9, 0));
        String denunciation = start("denunciation", Map.of("receivedDate", "2026-12-31", "denouncerName", "Lê Văn Cường",
                "denouncerContact", "0912 345 678", "accusedName", "Phạm Văn Dũng", "accusedUnit", "kthtdt",
                "content", "Nhận tiền để bỏ qua vi phạm xây dựng."));
        // 04, 05, 06, 07, 08, 11, 12/01/2027
        assertThat(variable(denunciation, "acceptanceDueDate")).isEqualTo(endOfDay(2027, 1, 12));
        Task intake = engine.getTaskService().createTaskQuery().processInstanceId(denunciation).singleResult();
        assertThat(intake.getDueDate()).isEqualTo(endOfDay(2027, 1, 12));
        assertThat(intake.getDescription()).isEqualTo(ProvisionalNote.text(2027));

        // only an administrator loads a notice, and a broken one is refused naming its line, changing nothing
        assertThat(load("vhxh.head", NOTICE_2027).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> broken = load("demo", NOTICE_2027.replace("2027-04-16", "2027-04-31"));
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) broken.getBody().get("message")).isEqualTo(
                "holidays-2027.csv dòng 11: cột 'date': '2027-04-31' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)");
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2027, 1, 4));
        assertThat(Path.of(NOTICES, "holidays-2027.csv")).doesNotExist();

        ResponseEntity<Map> loaded = load("demo", NOTICE_2027);

        assertThat(loaded.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(loaded.getBody()).containsEntry("year", 2027).containsEntry("replacedProvisional", true);
        // the complaint's deadline and the denunciation's follow-up day moved; the feedback's day did not
        assertThat((Integer) loaded.getBody().get("revisedCases")).isEqualTo(2);
        assertThat(Path.of(NOTICES, "holidays-2027.csv")).exists();
        // Monday 04/01/2027 is now a day off: the complaint's deadline is Tuesday 05/01, and everything resting on it moves
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2027, 1, 5));
        assertThat(timers(complaint)).contains(endOfDay(2027, 1, 5)).doesNotContain(endOfDay(2027, 1, 4));
        assertThat(variable(complaint, "deadlineProvisional")).isEqualTo(false);
        assertThat((String) variable(complaint, "deadlineRevisions"))
                .contains("nạp lịch nghỉ chính thức năm 2027").contains("04/01/2027 → 05/01/2027");
        // the history keeps the date first counted and who changed it when
        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(complaint).variableUpdates()
                .list().stream().filter(detail -> "resolutionDueDate".equals(
                        ((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail).getVariableName())).count())
                .isEqualTo(2);
        // the feedback: 29, 30, 31/12, 05, 06, 07, 08, 09 (the make-up Saturday), 11, 12/01/2027 — the same day, and
        // the resident no longer reads it as provisional
        assertThat(variable(feedback, "answerDueDate")).isEqualTo(endOfDay(2027, 1, 12));
        Map<?, ?> status = rest.getForEntity("/api/public/feedback/" + code, Map.class).getBody();
        assertThat(status.get("dueDate")).isEqualTo("2027-01-12");
        assertThat(status.get("dueDateNote")).isNull();
        // the denunciation: 05, 06, 07, 08, 09 (the make-up Saturday), 11, 12/01/2027 — unchanged, but no longer provisional
        Task revisedIntake = engine.getTaskService().createTaskQuery().processInstanceId(denunciation).singleResult();
        assertThat(revisedIntake.getDueDate()).isEqualTo(endOfDay(2027, 1, 12));
        assertThat(revisedIntake.getDescription()).isNull();
        // "due soon" from two working days before: Friday 08/01 provisionally, the make-up Saturday 09/01 officially
        assertThat(intake.getFollowUpDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 1, 8, 0, 0)));
        assertThat(revisedIntake.getFollowUpDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 1, 9, 0, 0)));
        assertThat(variable(denunciation, "deadlineProvisional")).isEqualTo(false);

        // a case opened now counts on the official year from the start
        String later = start("complaint", Map.of("receivedDate", "2026-12-31", "complainantName", "Võ Thị Em",
                "complainantAddress", "Tổ dân phố Ba Hàng", "subject", "Khiếu nại", "content", "Nội dung"));
        assertThat(variable(later, "deadlineProvisional")).isNull();
    }

    @Test
    void fromTheFirstOfOctoberAdministratorsAndTheSupervisingOfficeAreWarnedOnceAWeek() {
        // 2028 has no notice: the warning starts on 01/10/2027
        int admin = TestMailServer.subjectsTo("demo@phoyen.local").size();
        int office = TestMailServer.subjectsTo("vhxh.head@phoyen.local").size();

        assertThat(watch.warnIfMissing(java.time.LocalDate.of(2027, 9, 30))).isFalse();
        assertThat(watch.warnIfMissing(java.time.LocalDate.of(2027, 10, 1))).isTrue();
        assertThat(watch.warnIfMissing(java.time.LocalDate.of(2027, 10, 3))).as("same week").isFalse();
        assertThat(watch.warnIfMissing(java.time.LocalDate.of(2027, 10, 4))).as("next week").isTrue();

        assertThat(TestMailServer.subjectsTo("demo@phoyen.local").subList(admin, admin + 2))
                .containsOnly("Chưa có lịch nghỉ lễ chính thức năm 2028");
        assertThat(TestMailServer.subjectsTo("vhxh.head@phoyen.local")).hasSize(office + 2);

        // and the dashboard's banner says so to any of them
        EngineClock.setTo(LocalDateTime.of(2027, 10, 4, 9, 0));
        Map<?, ?> banner = rest.withBasicAuth("vhxh.head", "demo").getForEntity("/api/calendar/status", Map.class).getBody();
        assertThat(banner.get("missingYear")).isEqualTo(2028);
        assertThat((String) banner.get("message")).startsWith("Chưa nạp lịch nghỉ lễ chính thức năm 2028");
        EngineClock.setTo(LocalDateTime.of(2027, 9, 30, 9, 0));
        assertThat(rest.withBasicAuth("vhxh.head", "demo").getForEntity("/api/calendar/status", Map.class).getBody()
                .get("missingYear")).isNull();
    }

    @Test
    void aDateNoCalendarCanCountIsARefusalNamingTheYearNeverAServerError() {
        EngineClock.setTo(LocalDateTime.of(2026, 12, 3, 9, 0));
        Map<String, Object> typed = new LinkedHashMap<>();
        Map.of("receivedDate", "2019-05-02", "complainantName", "Nguyễn Thị Hoa", "complainantAddress", "Tổ dân phố Ba Hàng",
                "subject", "Khiếu nại", "content", "Nội dung").forEach((name, value) -> typed.put(name,
                Map.of("value", value, "type", "String")));
        ResponseEntity<Map> refused = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/complaint/start", json(Map.of("variables", typed)), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("Năm 2019 nằm ngoài lịch ngày làm việc");

        // accepted "in 2019" by a slip of the keyboard: the task stays open and the officer reads why
        String complaint = start("complaint", Map.of("receivedDate", "2026-12-03", "complainantName", "Nguyễn Thị Hoa",
                "complainantAddress", "Tổ dân phố Ba Hàng", "subject", "Khiếu nại", "content", "Nội dung"));
        Task decision = task(complaint, "decideAcceptance");
        Map<String, Object> answers = new LinkedHashMap<>();
        Map.of("acceptanceDecision", "accept", "learnedOn", "2026-11-20", "acceptedOn", "2019-12-03",
                "noticeNumber", "12/TB-UBND", "noticeDate", "2026-12-03").forEach((name, value) -> answers.put(name, Map.of("value", value)));
        ResponseEntity<Map> slip = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/task/" + decision.getId() + "/submit-form", json(Map.of("variables", answers)), Map.class);
        assertThat(slip.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) slip.getBody().get("message")).contains("Năm 2019 nằm ngoài lịch ngày làm việc");
        assertThat(task(complaint, "decideAcceptance").getId()).isEqualTo(decision.getId());
    }

    @Test
    void anyStaffMemberReadsAYearAndSeesWhetherItIsProvisional() {
        Map<?, ?> year = rest.withBasicAuth("ca.officer", "demo").getForEntity("/api/calendar/years/2029", Map.class)
                .getBody();
        assertThat(year.get("provisional")).isEqualTo(true);
        assertThat(year.get("days").toString()).contains("2029-02-13").contains("Tết Nguyên đán");
        assertThat(rest.withBasicAuth("ca.officer", "demo").getForEntity("/api/calendar/years/2019", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private String start(String key, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", "String")));
        ResponseEntity<Map> started = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/" + key + "/start", json(Map.of("variables", variables)), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    private void completeAs(String user, Task task, Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        ResponseEntity<String> done = rest.withBasicAuth(user, "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", json(Map.of("variables", variables)), String.class);
        assertThat(done.getStatusCode().is2xxSuccessful()).as(String.valueOf(done.getBody())).isTrue();
    }

    private ResponseEntity<Map> load(String user, String notice) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8));
        return rest.withBasicAuth(user, "demo").exchange("/api/calendar/years/2027", HttpMethod.PUT,
                new HttpEntity<>(notice.getBytes(java.nio.charset.StandardCharsets.UTF_8), headers), Map.class);
    }

    private String instanceOfFeedback(String trackingCode) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("trackingCode", trackingCode.replace("-", "")).singleResult().getId();
    }

    private Object variable(String instanceId, String name) {
        return runtimeService.getVariable(instanceId, name);
    }

    private List<Date> timers(String instanceId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instanceId).timers().list().stream()
                .map(Job::getDuedate).toList();
    }

    private static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
