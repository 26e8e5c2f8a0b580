package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import vn.phoyen.workflow.EngineClock;

/**
 * A year of the test plan KH12/2026 (src/test/resources/plan/2026), launched through the API as the supervising
 * office does, worked task by task while the engine clock moves through the year: who held which task when,
 * when it was due, and which e-mails went out.
 */
class PlanYearJourneyTest extends PlanModelTest {

    /** The units the plan orders to help with task 1; the bodies it invites are asked for a reply instead. */
    private static final Set<String> SUPPORTS_OF_TASK_1 = Set.of("vp", "kthtdt", "ttdvth", "ca");
    private static final Set<String> INVITED_TO_TASK_1 = Set.of("mttq", "ubkt", "banktns");

    @Autowired
    TestRestTemplate rest;
    private final List<String> heldBy = new ArrayList<>();

    @BeforeEach
    void launchTheYear() {
        forgetEarlierLaunchesOf2026();
        EngineClock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
        assertThat(rest.withBasicAuth("vhxh.officer", "demo")
                .postForEntity("/api/plan-years/2026/launch", null, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @AfterEach
    void forgetThisLaunch() {
        forgetEarlierLaunchesOf2026();
    }

    /** The launcher starts a task only once, history included; other tests of this context launch 2026 too. */
    private void forgetEarlierLaunchesOf2026() {
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike("KH12-2026-%").rootProcessInstances()
                .list().forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        List<String> finished = historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKeyLike("KH12-2026-%").list().stream().map(instance -> instance.getId()).toList();
        if (!finished.isEmpty()) {
            historyService.deleteHistoricProcessInstances(finished);
        }
    }

    @Test
    void anOngoingTaskReportsFourQuartersWithAReturnAndALateReportAndIsScoredAtYearEnd() {
        String task1 = instanceOf("KH12-2026-T01");
        Mailbox mailbox = Mailbox.open();

        work(task1, "assignResponsibleOfficer", "vhxh-heads", Map.of("responsibleOfficer", "vhxh.officer",
                "milestones", "Quý I: kế hoạch CCHC; quý IV: tổng kết", "note", ""));

        reportOnTime(task1, LocalDateTime.of(2026, 3, 2, 8, 0), "quý I/2026", endOfDay(2026, 3, 16));

        // quý II: returned once with a reason the officer sees, then accepted
        openReportWindow(task1, LocalDateTime.of(2026, 6, 1, 8, 0));
        draftContributeAndConsolidate(task1, "quý II/2026", endOfDay(2026, 6, 15));
        work(task1, "reviewReport", "lanhdao", Map.of("decision", "returned", "returnReason", "Thiếu minh chứng quý II"));
        Task revision = driver.task(task1, "reviseReport");
        assertThat(driver.variable(revision, "returnReason")).isEqualTo("Thiếu minh chứng quý II");
        work(task1, "reviseReport", "vhxh", Map.of("doneWork", "Đã bổ sung minh chứng"));
        work(task1, "reviewReport", "lanhdao", Map.of("decision", "accepted"));

        // quý III: nobody drafts by Tuesday 15/09; on the 16th the office is reminded and mailed, the report stays open
        openReportWindow(task1, LocalDateTime.of(2026, 9, 1, 8, 0));
        EngineClock.setTo(LocalDateTime.of(2026, 9, 16, 8, 0));
        driver.runDueJobs(task1);
        assertThat(mailbox.subjectsTo("vhxh.head")).containsExactly(
                "Báo cáo tiến độ quý III/2026 chưa nộp đúng hạn – Nhiệm vụ 1 (Phòng Văn hoá - Xã hội)");
        assertThat(mailbox.subjectsTo("vhxh.officer")).hasSize(1);
        assertThat(mailbox.subjectsTo("vp.head")).isEmpty();
        work(task1, "followUpOverdueWork", "vhxh", Map.of("actionTaken", "Đã nhắc cán bộ phụ trách"));
        draftContributeAndConsolidate(task1, "quý III/2026", endOfDay(2026, 9, 15));
        work(task1, "reviewReport", "lanhdao", Map.of("decision", "accepted"));

        reportOnTime(task1, LocalDateTime.of(2026, 12, 1, 8, 0), "quý IV/2026", endOfDay(2026, 12, 15));

        work(task1, "selfAssessYear", "vhxh", Map.of("selfAssessment", "done", "reasons", "Đạt các mốc"));
        work(task1, "scoreYearResult", "lanhdao", Map.of("score", 92, "assessmentComment", "Hoàn thành tốt"));

        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(task1).count()).isZero();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceBusinessKey("KH12-2026-T01")
                .taskDefinitionKey("draftProgressReport").finished().count()).isEqualTo(4);
        assertThat(heldBy).startsWith("2026-01-05 assignResponsibleOfficer [vhxh-heads]")
                .contains("2026-06-01 reviseReport [vhxh]", "2026-09-16 followUpOverdueWork [vhxh]")
                .endsWith("2026-12-01 scoreYearResult [lanhdao]");
    }

    @Test
    void aDatedTaskReportsUntilItsDeadlineAndIsChasedTenWorkingDaysBeforeAndOnTheDay() {
        String task2 = instanceOf("KH12-2026-T02");
        Mailbox mailbox = Mailbox.open();
        work(task2, "assignResponsibleOfficer", "kthtdt-heads", Map.of("responsibleOfficer", "kthtdt.officer",
                "milestones", "30/6: công khai danh sách", "note", ""));
        openReportWindow(task2, LocalDateTime.of(2026, 3, 2, 8, 0));
        Task draft = driver.task(task2, "draftProgressReport");
        assertThat(draft.getAssignee()).isEqualTo("kthtdt.officer");
        driver.submit(draft, Map.of("doneWork", "Rà soát xong 3 tổ", "checklistStatus", "", "evidenceLinks", ""));
        assertThat(driver.tasks(task2, "contributeToReport")).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrder(Set.of("vhxh"));
        // the Council's committee is invited, not ordered: a request it may answer
        Task request = driver.task(task2, "answerRequest");
        assertThat(driver.candidateGroups(request)).containsExactly("banktns");
        assertThat(driver.formVariables(request).get("contact")).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị (kthtdt.officer)");
        submit(request, Map.of("reply", "Đã hướng dẫn công khai thu, chi ngân sách"));
        driver.tasks(task2, "contributeToReport").forEach(task -> submit(task, Map.of("contribution", "Đã phối hợp",
                "evidenceLinks", "")));
        work(task2, "consolidateReport", "kthtdt", Map.of("doneWork", "Tổng hợp quý I"));
        work(task2, "reviewReport", "vhxh", Map.of("decision", "accepted"));
        // quý II is the last period before the deadline: its draft is left open
        openReportWindow(task2, LocalDateTime.of(2026, 6, 1, 8, 0));
        assertThat(driver.task(task2, "draftProgressReport").getDueDate()).isEqualTo(endOfDay(2026, 6, 15));

        // 30/06/2026 is a Tuesday: ten working days before it begin on Tuesday 16/06
        EngineClock.setTo(LocalDateTime.of(2026, 6, 15, 17, 0));
        driver.runDueJobs(task2);
        assertThat(mailbox.subjectsTo("kthtdt.head")).isEmpty();
        EngineClock.setTo(LocalDateTime.of(2026, 6, 16, 8, 0));
        driver.runDueJobs(task2);
        assertThat(mailbox.subjectsTo("kthtdt.head"))
                .contains("Còn 10 ngày làm việc đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Kinh tế, Hạ tầng và Đô thị)")
                .doesNotContain("Đã đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        EngineClock.setTo(LocalDateTime.of(2026, 7, 1, 8, 0));
        driver.runDueJobs(task2);
        assertThat(mailbox.subjectsTo("kthtdt.head"))
                .contains("Đã đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        assertThat(mailbox.subjectsTo("vhxh.officer"))
                .contains("Đã đến hạn hoàn thành – Nhiệm vụ 2 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        assertThat(driver.tasks(task2, "followUpOverdueWork")).isNotEmpty()
                .allSatisfy(reminder -> assertThat(driver.candidateGroups(reminder)).containsExactly("vhxh"));
        assertThat(driver.tasks(task2, "draftProgressReport")).as("nothing is cancelled by an escalation").hasSize(1);
    }

    private String instanceOf(String businessKey) {
        return runtimeService.createProcessInstanceQuery().rootProcessInstances()
                .processInstanceBusinessKey(businessKey).singleResult().getId();
    }

    private void openReportWindow(String instanceId, LocalDateTime when) {
        EngineClock.setTo(when);
        driver.runDueJobs(instanceId);
    }

    private void reportOnTime(String instanceId, LocalDateTime windowOpens, String periodLabel, java.util.Date due) {
        openReportWindow(instanceId, windowOpens);
        // the invited bodies' requests run beside the report and never hold it up; left unanswered, they lapse
        assertThat(driver.tasks(instanceId, "answerRequest")).extracting(task -> driver.candidateGroups(task).iterator().next())
                .containsExactlyInAnyOrderElementsOf(INVITED_TO_TASK_1);
        draftContributeAndConsolidate(instanceId, periodLabel, due);
        // task 1 is the supervising office's own: the supervisors review it
        work(instanceId, "reviewReport", "lanhdao", Map.of("decision", "accepted"));
    }

    private void draftContributeAndConsolidate(String instanceId, String periodLabel, java.util.Date due) {
        Task draft = driver.task(instanceId, "draftProgressReport");
        assertThat(draft.getName()).isEqualTo("Soạn báo cáo tiến độ " + periodLabel + " – Nhiệm vụ 1");
        assertThat(draft.getDueDate()).isEqualTo(due);
        assertThat(draft.getAssignee()).isEqualTo("vhxh.officer");
        work(instanceId, "draftProgressReport", "vhxh", Map.of("doneWork", "Đã triển khai " + periodLabel,
                "checklistStatus", "", "evidenceLinks", ""));
        List<Task> contributions = driver.tasks(instanceId, "contributeToReport");
        assertThat(contributions).extracting(task -> driver.candidateGroups(task).iterator().next())
                .containsExactlyInAnyOrderElementsOf(SUPPORTS_OF_TASK_1);
        contributions.forEach(task -> submit(task, Map.of("contribution", "Đã phối hợp", "evidenceLinks", "")));
        work(instanceId, "consolidateReport", "vhxh", Map.of("doneWork", "Tổng hợp " + periodLabel));
    }

    /** Completes the one open task of that kind after checking which group holds it, and notes when. */
    private void work(String instanceId, String taskKey, String group, Map<String, Object> answers) {
        Task task = driver.task(instanceId, taskKey);
        assertThat(driver.candidateGroups(task)).as(taskKey).containsExactly(group);
        submit(task, answers);
    }

    private void submit(Task task, Map<String, Object> answers) {
        heldBy.add("%tF %s %s".formatted(task.getCreateTime(), task.getTaskDefinitionKey(),
                driver.candidateGroups(task).stream().sorted().toList()));
        driver.submit(task, answers);
    }
}
