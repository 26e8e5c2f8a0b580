package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static vn.phoyen.workflow.dialogue.DialogueDriver.rows;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.dialogue.DialogueDriver;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.dashboard.CaseCounting.Status;
import vn.phoyen.workflow.feedback.FeedbackDriver;

/**
 * The facts on the real models: cases driven through their processes to each way a case can stand, read back from
 * their recorded facts as the counting uses them, and a plan task through a reporting period read from the history. Other tests share the database,
 * so each check keeps to the instances this test started.
 */
@EngineTest
class WardHistoryEngineTest extends ProcessTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);

    @Autowired
    WardHistory history;

    @Autowired
    CaseRecords records;

    /** Every case received on the day, as the facts recorded so far leave it. */
    List<CaseFacts> receivedOn(LocalDate day) {
        CaseRecords.CaseSelection all = new CaseRecords.CaseSelection(day, day, day, CaseProcedure.ALL.stream()
                .map(CaseProcedure::processKey).collect(Collectors.toSet()), null, EnumSet.allOf(Status.class));
        return records.page(all, 0, (int) records.total(all));
    }

    @Test
    void casesReadFromTheirHistoryStandAsTheModelsLeftThem() {
        // Monday 02/03/2026
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance signedOnItsDueDay = start("complaint", complaint());
        ProcessInstance refusedLate = start("complaint", complaint());
        ProcessInstance pending = start("complaint", complaint());
        ProcessInstance withdrawn = start("complaint", complaint());
        ProcessInstance refusedDenunciation = start("denunciation", denunciation());
        ProcessInstance reception = start("citizen-reception", reception());
        ProcessInstance feedback = start("feedback", feedback("Đèn đường hỏng", "Ngõ 5 tối từ tuần trước"));
        ProcessInstance answered = start("feedback", feedback("Cống thoát nước tắc", "Nước tràn ra đường khi mưa"));

        runtimeService.createMessageCorrelation("complaintWithdrawn")
                .processInstanceBusinessKey(withdrawn.getBusinessKey()).correlate();
        // Art. 10: the written request, the suspension decision and its notice
        submit(task(withdrawn, "recordWithdrawal"), Map.of("withdrawalRequestDate", "2026-03-02", "withdrawalNote", "Xin rút"));
        submit(task(withdrawn, "signSuspension"), Map.of("suspensionDecisionNumber", "5/QĐ-UBND",
                "suspensionDecisionDate", "2026-03-02"));
        submit(task(withdrawn, "notifySuspension"), Map.of("suspensionNoticeNumber", "6/TB-UBND",
                "suspensionNoticeDate", "2026-03-02"));
        submit(task(reception, "recordVisit"), Map.of("visitContent", "Hỏi thủ tục", "visitorConfirmed", true));
        submit(task(reception, "handleMatter"), Map.of("matterSummary", "Hỏi thủ tục", "handling", "answered",
                "answer", "Đã hướng dẫn", "moreMatters", false));
        submit(task(signedOnItsDueDay, "decideAcceptance"), Map.of("acceptanceDecision", "accept",
                "learnedOn", "2026-02-20", "acceptedOn", "2026-03-02", "noticeNumber", "12/TB-UBND",
                "noticeDate", "2026-03-02"));
        submit(task(signedOnItsDueDay, "assignVerifier"), Map.of("verifier", "vp.officer"));
        submit(task(signedOnItsDueDay, "verifyComplaint"), Map.of("findings", "Đúng một phần", "claimsDiffer", false));
        submit(task(signedOnItsDueDay, "draftDecision"), Map.of("decisionDraft", "Công nhận một phần"));
        submit(task(refusedDenunciation, "assignHandler"), Map.of("handler", "vp.officer"));
        submit(task(refusedDenunciation, "processInitially"), Map.of("initialDecision", "refuse",
                "refusalReasons", "Nội dung đã được giải quyết trước đây"));

        // 00:30 on Friday 13/03 in the ward (still 12/03 in UTC): a day after the 10 days to accept (12/03)
        EngineClock.setTo(LocalDateTime.of(2026, 3, 13, 0, 30));
        submit(task(refusedLate, "decideAcceptance"), Map.of("acceptanceDecision", "refuse",
                "refusalGround", "time-limit-expired", "learnedOn", "2025-11-20",
                "refusalReasons", "Đã hết thời hiệu khiếu nại", "noticeNumber", "3/TB-UBND", "noticeDate", "2026-03-13"));
        submit(task(refusedDenunciation, "notifyDenouncer"), Map.of("noticeDate", "2026-03-13",
                "noticeReference", "5/TB-UBND"));

        // 23:30 on the day the answer is due, in the ward: published on time
        LocalDate answerDue = dueDay(answered, "answerDueDate");
        EngineClock.setTo(answerDue.atTime(23, 30));
        new FeedbackDriver(engine).publishAnswer(answered.getId(), "Đã thay bóng đèn đường ngõ 5.");

        // 23:59 on 01/04/2026 in the ward, the last minute of the 30 days from acceptance
        EngineClock.setTo(LocalDateTime.of(2026, 4, 1, 23, 59));
        submit(task(signedOnItsDueDay, "signDecision"), Map.of("signingDecision", "sign", "decisionNumber",
                "45/QĐ-UBND", "decisionSignedOn", "2026-04-01"));

        Map<String, CaseFacts> facts = receivedOn(RECEIVED).stream()
                .collect(Collectors.toMap(CaseFacts::processInstanceId, Function.identity()));
        LocalDate to = LocalDate.of(2026, 4, 30);

        CaseFacts signed = facts.get(signedOnItsDueDay.getId());
        assertThat(signed).isEqualTo(new CaseFacts("complaint", signedOnItsDueDay.getBusinessKey(),
                signedOnItsDueDay.getId(), "vp", RECEIVED, LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 1), null));
        assertThat(CaseCounting.statusAt(signed, to)).isEqualTo(Status.ON_TIME);

        CaseFacts refused = facts.get(refusedLate.getId());
        assertThat(refused.dueOn()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(refused.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(CaseCounting.statusAt(refused, to)).isEqualTo(Status.LATE);

        CaseFacts open = facts.get(pending.getId());
        assertThat(open.resolvedOn()).isNull();
        assertThat(open.closedOn()).isNull();
        assertThat(CaseCounting.statusAt(open, LocalDate.of(2026, 3, 12))).isEqualTo(Status.OPEN);
        assertThat(CaseCounting.statusAt(open, LocalDate.of(2026, 3, 13))).isEqualTo(Status.OVERDUE);

        CaseFacts closed = facts.get(withdrawn.getId());
        assertThat(closed.resolvedOn()).isNull();
        assertThat(closed.closedOn()).isEqualTo(RECEIVED);
        assertThat(CaseCounting.statusAt(closed, to)).isEqualTo(Status.CLOSED);

        CaseFacts denounced = facts.get(refusedDenunciation.getId());
        assertThat(denounced.caseNumber()).matches("TC-2026-\\d{4}");
        assertThat(denounced.unit()).isEqualTo("vp");
        assertThat(denounced.dueOn()).isEqualTo(dueDay(refusedDenunciation, "acceptanceDueDate"));
        assertThat(denounced.resolvedOn()).isEqualTo(LocalDate.of(2026, 3, 13));

        CaseFacts received = facts.get(reception.getId());
        assertThat(received.processKey()).isEqualTo("citizen-reception");
        assertThat(received.dueOn()).isNull();
        assertThat(received.resolvedOn()).isEqualTo(RECEIVED);
        assertThat(CaseCounting.statusAt(received, to)).isEqualTo(Status.ON_TIME);

        CaseFacts answering = facts.get(feedback.getId());
        assertThat(answering.unit()).isEqualTo(runtimeService.getVariable(feedback.getId(), "leadUnit"));
        assertThat(answering.dueOn()).isEqualTo(dueDay(feedback, "answerDueDate"));
        assertThat(answering.resolvedOn()).isNull();

        CaseFacts published = facts.get(answered.getId());
        assertThat(published.resolvedOn()).isEqualTo(answerDue);
        assertThat(CaseCounting.statusAt(published, to)).isEqualTo(Status.ON_TIME);

        // a case received the day before is not among them
        assertThat(receivedOn(RECEIVED.plusDays(1)))
                .extracting(CaseFacts::processInstanceId).doesNotContain(signedOnItsDueDay.getId());
    }

    @Test
    void aPlanTaskReadsAsItsUnitsReportsLeftIt() {
        String businessKey = "DASHBOARD-2025-T07";
        assertThat(planTask(businessKey)).isEqualTo(PlanTaskFacts.notStarted());

        // Thursday 11/09/2025: the Q3 report window opened on 01/09
        EngineClock.setTo(LocalDateTime.of(2025, 9, 11, 9, 0));
        ProcessInstance task = runtimeService.startProcessInstanceByKey("plan-task", businessKey, planTask());
        runDueJobs(task.getId());
        submit(only(task, "assignResponsibleOfficer"), Map.of("responsibleOfficer", "vp.officer",
                "milestones", "30/09: báo cáo quý III", "note", ""));
        runDueJobs(task.getId());
        submit(only(task, "draftProgressReport"), Map.of("doneWork", "Đã niêm yết", "checklistStatus", "Đạt",
                "evidenceLinks", ""));
        submit(only(task, "contributeToReport"), Map.of("contribution", "Đã phối hợp", "evidenceLinks", ""));
        submit(only(task, "consolidateReport"), Map.of("doneWork", "Đã niêm yết công khai 12 thủ tục"));

        PlanTaskFacts submitted = planTask(businessKey);
        assertThat(submitted.processInstanceId()).isEqualTo(task.getId());
        assertThat(submitted.startedOn()).isEqualTo(LocalDate.of(2025, 9, 11));
        assertThat(submitted.leadUnits()).containsExactly("vp");
        assertThat(submitted.reportingPeriods()).containsExactly("2025-Q3", "2025-Q4");
        assertThat(submitted.reports()).containsExactly(new PlanTaskFacts.Report("vp", "2025-Q3",
                LocalDate.of(2025, 9, 11), null, "Đã niêm yết công khai 12 thủ tục"));

        // Tuesday 16/09: the supervising office accepts
        EngineClock.setTo(LocalDateTime.of(2025, 9, 16, 10, 0));
        submit(only(task, "reviewReport"), Map.of("decision", "accepted"));

        PlanTaskFacts accepted = planTask(businessKey);
        assertThat(accepted.doneOn()).isNull();
        // and the fourth quarter's cycle has begun, waiting for its window
        assertThat(accepted.reports()).containsExactly(new PlanTaskFacts.Report("vp", "2025-Q3",
                LocalDate.of(2025, 9, 11), LocalDate.of(2025, 9, 16), "Đã niêm yết công khai 12 thủ tục"),
                new PlanTaskFacts.Report("vp", "2025-Q4", null, null, null));
    }

    @Test
    void thePlanTasksReadTogetherKeepEachTasksOwnUnitsAndReports() {
        // Thursday 11/09/2025: two tasks launched, a third not; each has its own unit, cycles and report
        EngineClock.setTo(LocalDateTime.of(2025, 9, 11, 9, 0));
        Map<String, Object> kthtdtTask = planTask();
        kthtdtTask.put("taskNumber", 9);
        kthtdtTask.put("leadUnits", new ArrayList<>(List.of("kthtdt")));
        ProcessInstance vp = runtimeService.startProcessInstanceByKey("plan-task", "TOGETHER-2025-T07", planTask());
        ProcessInstance kthtdt = runtimeService.startProcessInstanceByKey("plan-task", "TOGETHER-2025-T09",
                kthtdtTask);
        for (ProcessInstance task : List.of(vp, kthtdt)) {
            runDueJobs(task.getId());
            submit(only(task, "assignResponsibleOfficer"), Map.of("responsibleOfficer",
                    task == vp ? "vp.officer" : "kthtdt.officer", "milestones", "30/09: báo cáo quý III", "note", ""));
            runDueJobs(task.getId());
        }
        submit(only(vp, "draftProgressReport"), Map.of("doneWork", "Đã niêm yết", "checklistStatus", "Đạt",
                "evidenceLinks", ""));
        submit(only(vp, "contributeToReport"), Map.of("contribution", "Đã phối hợp", "evidenceLinks", ""));
        submit(only(vp, "consolidateReport"), Map.of("doneWork", "Đã niêm yết công khai 12 thủ tục"));

        Map<String, PlanTaskFacts> read = history.planTasks(Map.of("TOGETHER-2025-T07", List.of("plan-task"),
                "TOGETHER-2025-T09", List.of("plan-task"), "TOGETHER-2025-T11", List.of("plan-task")));

        assertThat(read.get("TOGETHER-2025-T07").processInstanceId()).isEqualTo(vp.getId());
        assertThat(read.get("TOGETHER-2025-T07").reports()).containsExactly(new PlanTaskFacts.Report("vp", "2025-Q3",
                LocalDate.of(2025, 9, 11), null, "Đã niêm yết công khai 12 thủ tục"));
        assertThat(read.get("TOGETHER-2025-T09").processInstanceId()).isEqualTo(kthtdt.getId());
        assertThat(read.get("TOGETHER-2025-T09").leadUnits()).containsExactly("kthtdt");
        assertThat(read.get("TOGETHER-2025-T09").reports()).containsExactly(
                new PlanTaskFacts.Report("kthtdt", "2025-Q3", null, null, null));
        assertThat(read.get("TOGETHER-2025-T11")).isEqualTo(PlanTaskFacts.notStarted());
        // each read alone gives the same
        assertThat(planTask("TOGETHER-2025-T09")).isEqualTo(read.get("TOGETHER-2025-T09"));
    }

    @Test
    void aDialogueAndItsCommitmentsReadAsTheConferenceLeftThem() {
        // Thursday 11/09/2025, planning a conference for Thursday 16/10
        EngineClock.setTo(LocalDateTime.of(2025, 9, 11, 9, 0));
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        String group = new DialogueDriver(engine).prepareConference(dialogue.getId(), "2025-10-16", "2025-10-08",
                "Ngõ 3 ngập úng khi mưa", "kthtdt", "Nạo vét cống ngõ 3");
        submit(only(dialogue, "recordDialogue"), Map.of("attendees", 120, "issues", rows(
                row("number", 1, "residentialGroup", group, "content", "Ngõ 3 ngập úng khi mưa", "unit", "kthtdt",
                        "preparedAnswer", "Nạo vét cống ngõ 3", "answer", "Nạo vét trước 31/12")),
                "commitments", rows(row("unit", "kthtdt", "content", "Nạo vét cống ngõ 3", "deadline", "2025-12-31"),
                        row("unit", "ca", "content", "Tuần tra đêm tại tổ dân phố", "deadline", "2025-11-30"))));
        submit(only(dialogue, "publishDialogueResults"), Map.of("resultsPublishedOn", "2025-10-24",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd"))));
        // Thursday 20/11: the police have done theirs
        EngineClock.setTo(LocalDateTime.of(2025, 11, 20, 15, 0));
        Task police = engine.getTaskService().createTaskQuery()
                .processInstanceIdIn(instanceTree(runtimeService, dialogue.getId()).toArray(String[]::new))
                .taskDefinitionKey("fulfilCommitment").taskCandidateGroup("ca").singleResult();
        submit(police, Map.of("commitmentDoneOn", "2025-11-20", "commitmentResult", "Đã tuần tra"));

        DialogueFacts facts = history.dialogues(LocalDate.of(2025, 10, 16), LocalDate.of(2025, 10, 16)).stream()
                .filter(found -> found.processInstanceId().equals(dialogue.getId())).findFirst().orElseThrow();
        assertThat(facts.conferenceDate()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(facts.commitments()).extracting(DialogueFacts.Commitment::unit, DialogueFacts.Commitment::deadline,
                DialogueFacts.Commitment::doneOn).containsExactlyInAnyOrder(
                tuple("kthtdt", LocalDate.of(2025, 12, 31), null),
                tuple("ca", LocalDate.of(2025, 11, 30), LocalDate.of(2025, 11, 20)));
        assertThat(history.dialogues(LocalDate.of(2025, 10, 17), LocalDate.of(2025, 12, 31)))
                .extracting(DialogueFacts::processInstanceId).doesNotContain(dialogue.getId());
    }

    private PlanTaskFacts planTask(String businessKey) {
        return history.planTasks(Map.of(businessKey, List.of("plan-task"))).get(businessKey);
    }

    // --- driving the models as staff do in Tasklist

    ProcessInstance start(String key, Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey(key, variables);
    }

    static Map<String, Object> complaint() {
        return new HashMap<>(Map.of("receivedDate", "2026-03-02", "complainantName", "Nguyễn Thị Hoa",
                "complainantAddress", "Tổ dân phố Ba Hàng", "subject", "Khiếu nại quyết định xử phạt",
                "content", "Không đồng ý mức phạt"));
    }

    static Map<String, Object> denunciation() {
        return new HashMap<>(Map.of("receivedDate", "2026-03-02", "denouncerName", "Trần Văn Bình",
                "denouncerContact", "0912345678", "accusedName", "Cán bộ địa chính", "accusedUnit", "kthtdt",
                "content", "Nhận tiền khi làm thủ tục"));
    }

    static Map<String, Object> reception() {
        return new HashMap<>(Map.of("receptionDate", "2026-03-02", "visitorName", "Nguyễn Thị Lan",
                "visitorAddress", "Tổ dân phố Ba Hàng"));
    }

    static Map<String, Object> feedback(String title, String content) {
        return new HashMap<>(Map.of("receivedDate", "2026-03-02", "channel", "desk", "category", "ha-tang",
                "title", title, "content", content, "senderName", "Lê Văn Cường",
                "senderContact", "0987654321"));
    }

    static Map<String, Object> planTask() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "DASHBOARD");
        variables.put("planYear", 2025);
        variables.put("taskNumber", 7);
        variables.put("taskLabel", "Nhiệm vụ 7");
        variables.put("taskTitle", "Nhiệm vụ thử của bảng số liệu");
        variables.put("leadUnits", new ArrayList<>(List.of("vp")));
        variables.put("supportUnits", new ArrayList<>(List.of("ca")));
        variables.put("completion", "ongoing");
        variables.put("deadline", null);
        variables.put("reportingPeriods", new ArrayList<>(List.of("2025-Q3", "2025-Q4")));
        variables.put("checklist", new ArrayList<>(List.of("Niêm yết thủ tục")));
        variables.put("papiDimension", "2 – Công khai, minh bạch");
        variables.put("launchedBy", "vhxh.head");
        variables.put("dialoguesPerYear", 0);
        variables.put("recordsPublication", false);
        variables.put("electsGroupLeaders", false);
        return variables;
    }

    Task task(ProcessInstance instance, String key) {
        return only(instance, key);
    }

    /** The one open task with this key in the instance or any instance it called. */
    Task only(ProcessInstance instance, String key) {
        return task(instance.getId(), key);
    }

    void submit(Task task, Map<String, Object> answers) {
        engine.getFormService().submitTaskForm(task.getId(), answers);
    }

    LocalDate dueDay(ProcessInstance instance, String variable) {
        return ProcessDeadlines.toLocalDate(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName(variable).singleResult().getValue());
    }
}
