package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;
import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * Plan task 8 holds its conferences side by side and, on 1 November, warns the supervising office when the ward
 * has held fewer than the plan wants, counting conferences the office started on its own too. Plan year 2026, so
 * that the conferences of 2025 that other tests complete do not count.
 */
@EngineTest
class PlanTaskDialoguesTest extends ProcessTest {

    private DialogueDriver driver;

    @BeforeEach
    void startInJanuary2026() {
        driver = new DialogueDriver(engine);
        EngineClock.setTo(LocalDateTime.of(2026, 1, 5, 9, 0));
    }

    @Test
    void theTaskOpensItsConferencesAtOnceSoTheSecondNeedNotWaitForTheFirstsCommitments() {
        ProcessInstance task = startTaskEight();

        List<Task> plans = driver.tasks(task.getId(), "planDialogue");
        assertThat(plans).extracting(Task::getName).containsOnly("Lập kế hoạch hội nghị đối thoại – Nhiệm vụ 8");
        assertThat(plans).extracting(plan -> ((Number) driver.variable(plan, "dialogueNumber")).intValue())
                .containsExactlyInAnyOrder(1, 2);
        assertThat(plans).allSatisfy(plan -> assertThat(driver.variable(plan, "planYear")).isEqualTo(2026));
    }

    @Test
    void withOneConferenceHeldBeforeTheFirstOfNovemberTheSupervisingOfficeIsWarned() {
        ProcessInstance task = startTaskEight();
        // one conference, which the office opened on its own, outside the task
        ProcessInstance ownConference = runtimeService.startProcessInstanceByKey("dialogue");
        driver.submit(driver.task(ownConference.getId(), "planDialogue"), plan("2026-03-12"));
        int officeMails = TestMailServer.subjectsTo("vhxh.officer@phoyen.local").size();

        checkOnTheFirstOfNovember(task);

        assertThat(task).isWaitingAt("warnTooFewDialogues");
        String subject = "Đến ngày 01/11/2026 mới tổ chức 1/2 hội nghị đối thoại với Nhân dân của năm 2026"
                + " – Nhiệm vụ 8 (Văn phòng HĐND và UBND phường)";
        List<String> inbox = TestMailServer.subjectsTo("vhxh.officer@phoyen.local");
        assertThat(inbox.subList(officeMails, inbox.size())).containsExactly(subject);
        Task followUp = driver.task(task.getId(), "followUpOverdueWork");
        assertThat(driver.candidateGroups(followUp)).containsExactly("vhxh");
        driver.submit(followUp, Map.of("actionTaken", "Đã nhắc Văn phòng tổ chức hội nghị thứ hai"));
        assertThat(task).hasPassed("warnTooFewDialogues", "tooFewDialoguesWarned");
    }

    @Test
    void withTwoConferencesHeldIncludingOneStartedOnItsOwnNobodyIsWarned() {
        ProcessInstance task = startTaskEight();
        ProcessInstance ownConference = runtimeService.startProcessInstanceByKey("dialogue");
        driver.submit(driver.task(ownConference.getId(), "planDialogue"), plan("2026-03-12"));
        driver.submit(driver.tasks(task.getId(), "planDialogue").get(0), plan("2026-10-29"));
        // planned for after the check day: does not count
        driver.submit(driver.tasks(task.getId(), "planDialogue").get(0), plan("2026-11-05"));
        int officeMails = TestMailServer.subjectsTo("vhxh.officer@phoyen.local").size();

        checkOnTheFirstOfNovember(task);

        assertThat(task).hasPassed("enoughDialoguesHeld").hasNotPassed("warnTooFewDialogues");
        assertThat(TestMailServer.subjectsTo("vhxh.officer@phoyen.local")).hasSize(officeMails);
    }

    private void checkOnTheFirstOfNovember(ProcessInstance task) {
        EngineClock.setTo(LocalDateTime.of(2026, 10, 31, 23, 0));
        driver.runDueJobs(task.getId());
        assertThat(task).hasNotPassed("yearlyDialogueCheckDay");
        EngineClock.setTo(LocalDateTime.of(2026, 11, 1, 0, 0));
        driver.runDueJobs(task.getId());
        assertThat(task).hasPassed("yearlyDialogueCheckDay");
    }

    /** Task 8 as the launcher starts it, with one lead unit to keep the test small. */
    private ProcessInstance startTaskEight() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "KH54");
        variables.put("planYear", 2026);
        variables.put("taskNumber", 8);
        variables.put("taskLabel", "Nhiệm vụ 8");
        variables.put("taskTitle", "Tổ chức đối thoại với Nhân dân");
        variables.put("leadUnits", new ArrayList<>(List.of("vp")));
        variables.put("supportUnits", new ArrayList<>(List.of("vhxh")));
        variables.put("completion", "within-year");
        variables.put("deadline", ProcessDeadlines.endOf(LocalDate.of(2026, 12, 31)));
        variables.put("reportingPeriods", new ArrayList<>(List.of("2026-Q4")));
        variables.put("checklist", new ArrayList<>(List.of("Tổ chức hội nghị đối thoại")));
        variables.put("papiDimension", "1 – Tham gia của người dân ở cấp cơ sở");
        variables.put("dialoguesPerYear", 2);
        variables.put("recordsPublication", false);
        variables.put("electsGroupLeaders", false);
        variables.put("launchedBy", "vhxh.head");
        return runtimeService.startProcessInstanceByKey("plan-task", "KH54-2026-T08", variables);
    }
}
