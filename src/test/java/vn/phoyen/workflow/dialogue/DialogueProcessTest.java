package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.plan;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static vn.phoyen.workflow.dialogue.DialogueDriver.rows;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.endOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/**
 * A dialogue conference started by the office on its own: planned with the legal notice, issues gathered from every
 * residential group and answered by the units they were given to, minutes with commitments, each commitment a task
 * of its unit chased when late; the conference closes once its results are public and every commitment is done.
 */
@EngineTest
class DialogueProcessTest extends ProcessTest {

    /** Thursday 16/10/2025: notice by Thursday 09/10, answers by Wednesday 15/10. */
    private static final String CONFERENCE = "2025-10-16";

    @Autowired
    HistoryService historyService;

    private DialogueDriver driver;

    @BeforeEach
    void startOnAThursdayInSeptember2025() {
        driver = new DialogueDriver(engine);
        EngineClock.setTo(LocalDateTime.of(2025, 9, 11, 9, 0));
    }

    @Test
    void aConferenceWhoseCommitmentsAreAllDoneCloses() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        String id = dialogue.getId();

        Task plan = driver.task(id, "planDialogue");
        assertThat(plan.getName()).isEqualTo("Lập kế hoạch hội nghị đối thoại");
        assertThat(driver.candidateGroups(plan)).containsExactly("vp");
        assertThat(plan.getDueDate()).isEqualTo(endOfDay(2025, 9, 25));
        driver.submit(plan, plan(CONFERENCE));
        assertThat(runtimeService.getVariable(id, "conferenceDate"))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2025, 10, 16, 0, 0)));
        assertThat(runtimeService.getVariable(id, "noticeDeadline")).isEqualTo("09/10/2025");

        // the Fatherland Front gathers the issues of every residential group, each in its own task
        List<Task> gathering = driver.tasks(id, "gatherIssues");
        assertThat(gathering).extracting(task -> driver.variable(task, "residentialGroup")).containsExactlyInAnyOrder(
                "Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 3", "Tổ dân phố số 4");
        assertThat(gathering).allSatisfy(task -> {
            assertThat(driver.candidateGroups(task)).containsExactly("mttq");
            assertThat(task.getDueDate()).isEqualTo(endOfDay(2025, 10, 9));
        });
        for (Task task : gathering) {
            driver.submit(task, Map.of("groupIssues", switch ((String) driver.variable(task, "residentialGroup")) {
                case "Tổ dân phố số 1" -> rows(row("content", "Ngõ 3 ngập úng khi mưa"), row("content", "Trộm cắp xe máy"));
                case "Tổ dân phố số 2" -> rows(row("content", "Đèn đường hỏng"));
                // a group with nothing to raise leaves its row blank
                default -> rows(row("content", ""));
            }));
        }

        // the office gives each issue to a unit
        Task assignment = driver.task(id, "assignIssues");
        assertThat(DialogueIssues.stored(driver.variable(assignment, "issues"))).extracting(Issue::residentialGroup)
                .containsExactlyInAnyOrder("Tổ dân phố số 1", "Tổ dân phố số 1", "Tổ dân phố số 2");
        driver.submit(assignment, Map.of("issues", rows(
                row("residentialGroup", "Tổ dân phố số 1", "content", "Ngõ 3 ngập úng khi mưa", "unit", "kthtdt"),
                row("residentialGroup", "Tổ dân phố số 1", "content", "Trộm cắp xe máy", "unit", "ca"),
                row("residentialGroup", "Tổ dân phố số 2", "content", "Đèn đường hỏng", "unit", "kthtdt"))));

        // each unit concerned prepares the answers to its own issues
        List<Task> preparations = driver.tasks(id, "prepareAnswers");
        assertThat(preparations).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrder(java.util.Set.of("kthtdt"), java.util.Set.of("ca"));
        assertThat(preparations).allSatisfy(task -> assertThat(task.getDueDate()).isEqualTo(endOfDay(2025, 10, 15)));
        Task infrastructure = preparations.stream().filter(task -> driver.candidateGroups(task).contains("kthtdt"))
                .findFirst().orElseThrow();
        assertThat(DialogueIssues.stored(driver.variable(infrastructure, "unitIssues"))).extracting(Issue::number)
                .containsExactly(1, 3);
        driver.submit(infrastructure, Map.of("unitIssues", rows(row("number", 1, "preparedAnswer", "Nạo vét cống ngõ 3"),
                row("number", 3, "preparedAnswer", "Thay bóng đèn trong tuần"))));
        Task police = driver.task(id, "prepareAnswers");
        driver.submit(police, Map.of("unitIssues", rows(row("number", 2, "preparedAnswer", "Tăng cường tuần tra đêm"))));

        Task notice = driver.task(id, "announceDialogue");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2025, 10, 9));
        driver.submit(notice, Map.of("noticedOn", "2025-10-08", "noticeChannels", new ArrayList<>(List.of("tru-so-ubnd"))));

        Task minutes = driver.task(id, "recordDialogue");
        // 2 working days after the conference: Monday 20/10
        assertThat(minutes.getDueDate()).isEqualTo(endOfDay(2025, 10, 20));
        assertThat(DialogueIssues.stored(driver.variable(minutes, "issues"))).extracting(Issue::preparedAnswer)
                .containsExactly("Nạo vét cống ngõ 3", "Tăng cường tuần tra đêm", "Thay bóng đèn trong tuần");
        driver.submit(minutes, minutes(
                rows(row("unit", "kthtdt", "content", "Nạo vét cống ngõ 3", "deadline", "2025-12-31"),
                        row("unit", "ca", "content", "Tuần tra đêm tại tổ dân phố số 1", "deadline", "2025-11-30"))));

        // results within 10 days: Sunday 26/10, so Monday 27/10; each commitment a task of its unit, due on its day
        Task publication = driver.task(id, "publishDialogueResults");
        assertThat(publication.getDueDate()).isEqualTo(endOfDay(2025, 10, 27));
        List<Task> commitments = driver.tasks(id, "fulfilCommitment");
        assertThat(commitments).extracting(driver::candidateGroups, Task::getDueDate).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(java.util.Set.of("kthtdt"), endOfDay(2025, 12, 31)),
                org.assertj.core.groups.Tuple.tuple(java.util.Set.of("ca"), endOfDay(2025, 11, 30)));
        assertThat(commitments).allSatisfy(task -> assertThat(task.getName()).isEqualTo("Thực hiện cam kết với Nhân dân"));
        driver.submit(publication, Map.of("resultsPublishedOn", "2025-10-24",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd", "nha-van-hoa"))));

        // public, but commitments remain: the conference stays open
        assertThat(dialogue).isActive().hasPassed("publishDialogueResults");
        for (Task commitment : commitments) {
            driver.submit(commitment, Map.of("commitmentDoneOn", "2025-11-20", "commitmentResult", "Đã thực hiện"));
        }

        assertThat(dialogue).hasPassed("trackCommitments", "dialogueClosed").isEnded();
        List<HistoricProcessInstance> tracked = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(id).processDefinitionKey("dialogue-commitment").list();
        assertThat(tracked).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(instance.getEndActivityId()).isEqualTo("commitmentFulfilled");
        });
    }

    @Test
    void lateCommitmentsAreChasedThroughTheSupervisingOfficeAndStayOpenUntilDone() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        String id = dialogue.getId();
        prepareConference(id);
        driver.submit(driver.task(id, "recordDialogue"), minutes(
                rows(row("unit", "kthtdt", "content", "Nạo vét cống ngõ 3", "deadline", "2025-11-28"),
                        row("unit", "ca", "content", "Tuần tra đêm tại tổ dân phố số 1", "deadline", "2025-11-28"))));
        driver.submit(driver.task(id, "publishDialogueResults"), Map.of("resultsPublishedOn", "2025-10-24",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd"))));
        int officeMails = TestMailServer.subjectsTo("vhxh.head@phoyen.local").size();
        int unitMails = TestMailServer.subjectsTo("kthtdt.head@phoyen.local").size();

        // on the deadline's last day nothing happens yet
        EngineClock.setTo(LocalDateTime.of(2025, 11, 28, 17, 0));
        driver.runDueJobs(id);
        assertThat(driver.tasks(id, "followUpOverdueWork")).isEmpty();

        EngineClock.setTo(LocalDateTime.of(2025, 12, 1, 8, 0));
        driver.runDueJobs(id);

        String subject = "Cam kết với Nhân dân quá thời hạn mà chưa thực hiện xong – Cam kết tại hội nghị đối thoại"
                + " ngày 16/10/2025 (Phòng Kinh tế, Hạ tầng và Đô thị)";
        List<String> officeInbox = TestMailServer.subjectsTo("vhxh.head@phoyen.local");
        assertThat(officeInbox.subList(officeMails, officeInbox.size())).hasSize(2).contains(subject);
        List<String> unitInbox = TestMailServer.subjectsTo("kthtdt.head@phoyen.local");
        assertThat(unitInbox.subList(unitMails, unitInbox.size())).containsExactly(subject);
        List<Task> followUps = driver.tasks(id, "followUpOverdueWork");
        assertThat(followUps).hasSize(2).allSatisfy(task -> assertThat(driver.candidateGroups(task)).containsExactly("vhxh"));
        // the commitments are still their units' to do, and the conference still open
        assertThat(driver.tasks(id, "fulfilCommitment")).hasSize(2);
        assertThat(dialogue).isActive();

        // the office chases the infrastructure unit: its commitment stays open until the unit reports it done
        Task chaseInfrastructure = followUps.stream()
                .filter(task -> "kthtdt".equals(driver.variable(task, "leadUnit"))).findFirst().orElseThrow();
        driver.submit(chaseInfrastructure, Map.of("actionTaken", "Đã gọi điện đôn đốc"));
        Task infrastructure = commitmentOf(id, "kthtdt");
        assertThat(infrastructure).isNotNull();
        driver.submit(infrastructure, Map.of("commitmentDoneOn", "2025-12-03", "commitmentResult", "Đã nạo vét xong"));

        // the police report theirs done while the office's reminder is still open: nothing is left to chase
        driver.submit(commitmentOf(id, "ca"), Map.of("commitmentDoneOn", "2025-12-02", "commitmentResult", "Đã tuần tra"));

        assertThat(driver.tasks(id, "followUpOverdueWork")).isEmpty();
        assertThat(dialogue).hasPassed("dialogueClosed").isEnded();
        List<HistoricProcessInstance> tracked = historyService.createHistoricProcessInstanceQuery()
                .superProcessInstanceId(id).processDefinitionKey("dialogue-commitment").list();
        assertThat(tracked).hasSize(2).allSatisfy(instance -> {
            assertThat(instance.getState()).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                    .activityId("escalateCommitment").count()).isEqualTo(1);
        });
        assertThat(tracked).extracting(instance -> historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId("commitmentEscalated").finished().count())
                .containsExactlyInAnyOrder(1L, 0L);
    }

    private Task commitmentOf(String dialogueId, String unit) {
        return driver.tasks(dialogueId, "fulfilCommitment").stream()
                .filter(task -> driver.candidateGroups(task).contains(unit)).findFirst().orElseThrow();
    }

    @Test
    void aConferenceWithoutCommitmentsClosesOnceItsResultsArePublic() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        prepareConference(dialogue.getId());
        // the form's empty commitment row, as Tasklist sends it
        driver.submit(driver.task(dialogue.getId(), "recordDialogue"), minutes(rows(row())));

        driver.submit(driver.task(dialogue.getId(), "publishDialogueResults"), Map.of("resultsPublishedOn", "2025-10-24",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd"))));

        assertThat(dialogue).hasPassed("dialogueClosed").isEnded();
    }

    @Test
    void aConferenceTooSoonToBeAnnouncedInTimeIsRefusedWithTheEarliestPossibleDay() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        Task plan = driver.task(dialogue.getId(), "planDialogue");

        // today Thursday 11/09: a conference on 17/09 would have had to be announced by 10/09
        assertThatThrownBy(() -> driver.submit(plan, plan("2025-09-17")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Ngày hội nghị 17/09/2025 không đủ thời gian thông báo: phải thông báo trước ít nhất 7 ngày")
                .hasMessageContaining("Ngày hội nghị sớm nhất có thể: 18/09/2025.");

        // nothing was kept and the plan is still to be made; the earliest day is accepted
        assertThat(driver.task(dialogue.getId(), "planDialogue").getId()).isEqualTo(plan.getId());
        assertThat(runtimeService.getVariable(dialogue.getId(), "conferenceDate")).isNull();
        driver.submit(plan, plan("2025-09-18"));
        assertThat(driver.task(dialogue.getId(), "announceDialogue").getDueDate()).isEqualTo(endOfDay(2025, 9, 11));
    }

    @Test
    void incompleteMinutesAreRefusedNamingTheRowAndLoseNothing() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        prepareConference(dialogue.getId());
        Task minutes = driver.task(dialogue.getId(), "recordDialogue");

        assertThatThrownBy(() -> driver.submit(minutes, minutes(rows(
                row("unit", "kthtdt", "content", "Nạo vét cống", "deadline", "2025-12-31"),
                row("unit", "ca", "content", "Tuần tra đêm")))))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Cam kết số 2: chưa có thời hạn thực hiện");

        assertThat(driver.task(dialogue.getId(), "recordDialogue").getId()).isEqualTo(minutes.getId());
        assertThat(DialogueIssues.stored(runtimeService.getVariable(dialogue.getId(), "issues")))
                .extracting(Issue::preparedAnswer).containsExactly("Nạo vét cống ngõ 3");
        assertThat(driver.tasks(dialogue.getId(), "fulfilCommitment")).isEmpty();
    }

    /** Plans the conference of 16/10/2025, gathers one issue, has it answered and the conference announced. */
    private void prepareConference(String id) {
        driver.submit(driver.task(id, "planDialogue"), plan(CONFERENCE));
        for (Task task : driver.tasks(id, "gatherIssues")) {
            driver.submit(task, Map.of("groupIssues", "Tổ dân phố số 1".equals(driver.variable(task, "residentialGroup"))
                    ? rows(row("content", "Ngõ 3 ngập úng khi mưa")) : rows()));
        }
        driver.submit(driver.task(id, "assignIssues"), Map.of("issues", rows(
                row("residentialGroup", "Tổ dân phố số 1", "content", "Ngõ 3 ngập úng khi mưa", "unit", "kthtdt"))));
        driver.submit(driver.task(id, "prepareAnswers"), Map.of("unitIssues",
                rows(row("number", 1, "preparedAnswer", "Nạo vét cống ngõ 3"))));
        driver.submit(driver.task(id, "announceDialogue"), Map.of("noticedOn", "2025-10-08",
                "noticeChannels", new ArrayList<>(List.of("tru-so-ubnd"))));
    }

    /** The minutes of the conference as prepared: each issue answered as the unit prepared it. */
    private Map<String, Object> minutes(ArrayList<Map<String, Object>> commitments) {
        return Map.of("attendees", 120, "issues", rows(
                row("number", 1, "residentialGroup", "Tổ dân phố số 1", "content", "Ngõ 3 ngập úng khi mưa",
                        "unit", "kthtdt", "preparedAnswer", "Nạo vét cống ngõ 3", "answer", "Nạo vét trước 31/12"),
                row("number", 2, "residentialGroup", "Tổ dân phố số 1", "content", "Trộm cắp xe máy", "unit", "ca",
                        "preparedAnswer", "Tăng cường tuần tra đêm", "answer", "Tuần tra đêm"),
                row("number", 3, "residentialGroup", "Tổ dân phố số 2", "content", "Đèn đường hỏng", "unit", "kthtdt",
                        "preparedAnswer", "Thay bóng đèn trong tuần", "answer", "Đã thay")), "commitments", commitments);
    }

}
