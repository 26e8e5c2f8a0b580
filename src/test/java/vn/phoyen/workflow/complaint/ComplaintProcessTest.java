package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** Every path of a first-level complaint, with its legal deadlines and the group that holds each step. */
@EngineTest
class ComplaintProcessTest extends ComplaintTestSupport {

    @Test
    void aComplaintReceivedJustBeforeTetMayBeAcceptedUntilTheMondayAfterAndIsRefusedWithReasons() {
        // Friday 13/02/2026; Tết holidays run from Saturday 14/02 to Sunday 22/02
        EngineClock.setTo(LocalDateTime.of(2026, 2, 13, 10, 0));
        ProcessInstance complaint = startReceived("2026-02-13");

        assertThat(complaint.getBusinessKey()).matches("KN-2026-\\d{4}");
        Task decision = task(complaint.getId(), "decideAcceptance");
        assertThat(decision.getName()).isEqualTo("Quyết định thụ lý – " + complaint.getBusinessKey());
        assertThat(candidateGroups(decision)).containsExactly("vp");
        // 10 calendar days: Monday 23/02/2026, the first working day after Tết
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 2, 23));
        assertThat(variable(complaint, "acceptanceDueDate")).isEqualTo(endOfDay(2026, 2, 23));
        assertThat(variable(complaint, "resolutionPeriodCode")).isEqualTo("complaint-resolution");

        // a refusal without reasons is refused, the task stays open
        assertThatThrownBy(() -> submit(decision, Map.of("acceptanceDecision", "refuse", "noticeNumber", "3/TB-UBND",
                "noticeDate", "2026-02-23"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("refusalReasons");
        submit(decision, Map.of("acceptanceDecision", "refuse",
                "refusalReasons", "Đã hết thời hiệu khiếu nại (Điều 11 khoản 4)", "noticeNumber", "3/TB-UBND",
                "noticeDate", "2026-02-23"));

        assertThat(complaint).isEnded().hasPassed("complaintRefused");
        assertThat(variable(complaint, "outcome")).isEqualTo("refused");
        assertThat(variable(complaint, "noticeNumber")).isEqualTo("3/TB-UBND");
    }

    @Test
    void aComplaintReceivedOnTheMakeUpSaturdayIsPassedOnToTheCompetentBody() {
        // Saturday 10/01/2026 is a make-up working day
        EngineClock.setTo(LocalDateTime.of(2026, 1, 10, 9, 0));
        ProcessInstance complaint = startReceived("2026-01-10");

        Task decision = task(complaint.getId(), "decideAcceptance");
        // 10 calendar days: Tuesday 20/01/2026
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 1, 20));
        assertThatThrownBy(() -> submit(decision, Map.of("acceptanceDecision", "pass-on", "noticeNumber", "1/TB-UBND",
                "noticeDate", "2026-01-12"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("passedOnTo");
        submit(decision, Map.of("acceptanceDecision", "pass-on", "passedOnTo", "Sở Xây dựng tỉnh Thái Nguyên",
                "noticeNumber", "1/TB-UBND", "noticeDate", "2026-01-12"));

        assertThat(complaint).isEnded().hasPassed("complaintPassedOn");
        assertThat(variable(complaint, "outcome")).isEqualTo("passed-on");
    }

    @Test
    void anAcceptedComplaintWithoutDialogueIsReturnedByTheChairmanThenSignedSentAndAccepted() {
        // Monday 02/03/2026
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        // 10 days after 25/02 is Saturday 07/03: Monday 09/03
        assertThat(task(complaint.getId(), "decideAcceptance").getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        accept(complaint, "2026-03-02");

        // 30 days from acceptance: Wednesday 01/04/2026
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2026, 4, 1));

        Task assignment = task(complaint.getId(), "assignVerifier");
        assertThat(candidateGroups(assignment)).containsExactly("vp-heads");
        assertThat(assignment.getDueDate()).isEqualTo(endOfDay(2026, 3, 4));
        assertThat(String.valueOf(formVariables(assignment).get("vpStaff"))).contains("Lý Văn Sơn", "vp.officer");
        submit(assignment, Map.of("verifier", "vp.officer", "assignmentNote", "Xác minh hiện trạng công trình"));

        Task verification = task(complaint.getId(), "verifyComplaint");
        assertThat(verification.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(verification)).containsExactly("vp");
        // 10 working days before 01/04: Wednesday 18/03
        assertThat(verification.getDueDate()).isEqualTo(endOfDay(2026, 3, 18));
        submit(verification, Map.of("findings", "Công trình xây vượt giấy phép 1 tầng", "claimsDiffer", false));

        Task draft = task(complaint.getId(), "draftDecision");
        assertThat(candidateGroups(draft)).containsExactly("vp");
        assertThat(draft.getDueDate()).isEqualTo(endOfDay(2026, 3, 27));
        submit(draft, Map.of("decisionDraft", "Giữ nguyên quyết định xử phạt"));

        Task signing = task(complaint.getId(), "signDecision");
        assertThat(candidateGroups(signing)).containsExactly("lanhdao");
        assertThat(signing.getDueDate()).isEqualTo(endOfDay(2026, 4, 1));
        assertThatThrownBy(() -> submit(signing, Map.of("signingDecision", "return")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("signComments");
        submit(signing, Map.of("signingDecision", "return", "signComments", "Bổ sung căn cứ Nghị định 16/2022"));

        Task redraft = task(complaint.getId(), "draftDecision");
        assertThat(formVariables(redraft).get("signComments")).isEqualTo("Bổ sung căn cứ Nghị định 16/2022");
        submit(redraft, Map.of("decisionDraft", "Giữ nguyên quyết định xử phạt; căn cứ Nghị định 16/2022"));

        Task secondSigning = task(complaint.getId(), "signDecision");
        // the Chairman starts afresh
        assertThat(formVariables(secondSigning).get("signingDecision")).isNull();
        assertThat(formVariables(secondSigning).get("signComments")).isNull();
        // Friday 27/03/2026
        submit(secondSigning, Map.of("signingDecision", "sign", "decisionNumber", "45/QĐ-UBND",
                "decisionSignedOn", "2026-03-27"));

        Task sending = task(complaint.getId(), "sendDecision");
        assertThat(candidateGroups(sending)).containsExactly("vp");
        // 3 working days after Friday 27/03: Wednesday 01/04
        assertThat(sending.getDueDate()).isEqualTo(endOfDay(2026, 4, 1));
        submit(sending, Map.of("sentOn", "2026-03-30", "sentTo", "Bà Nguyễn Thị Hoa; Đội trật tự đô thị"));

        Task response = task(complaint.getId(), "recordComplainantResponse");
        assertThat(candidateGroups(response)).containsExactly("vp");
        // 30 days after 30/03: Wednesday 29/04
        assertThat(response.getDueDate()).isEqualTo(endOfDay(2026, 4, 29));
        submit(response, Map.of("outcome", "accepted"));

        assertThat(complaint).isEnded().hasPassed("decisionSigned", "complainantAccepts").hasNotPassed("holdDialogue");
        assertThat(variable(complaint, "outcome")).isEqualTo("accepted");
        assertThat(variable(complaint, "decisionSignedOn")).isEqualTo("2026-03-27");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(complaint.getId())
                .taskDefinitionKey("signDecision").count()).isEqualTo(2);
    }

    @Test
    void claimsThatDifferFromTheVerificationNeedADialogueAndTheComplainantMaySecondLevel() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object> variables = complaint("2026-02-25");
        variables.put("complexCase", true);
        ProcessInstance complaint = start(variables);
        accept(complaint, "2026-03-02");
        // 45 days: Thursday 16/04/2026
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2026, 4, 16));
        verify(complaint, true);

        Task dialogue = task(complaint.getId(), "holdDialogue");
        assertThat(candidateGroups(dialogue)).containsExactly("vp");
        // 6 working days before 16/04: Wednesday 08/04
        assertThat(dialogue.getDueDate()).isEqualTo(endOfDay(2026, 4, 8));
        submit(dialogue, Map.of("dialogueDate", "2026-04-02", "dialogueMinutes", "Hai bên giữ ý kiến"));

        assertThat(formVariables(task(complaint.getId(), "draftDecision")).get("dialogueMinutes"))
                .isEqualTo("Hai bên giữ ý kiến");
        draftAndSign(complaint, "2026-04-10");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-13", "sentTo", "Bà Hoa"));
        Task response = task(complaint.getId(), "recordComplainantResponse");
        assertThatThrownBy(() -> submit(response, Map.of("outcome", "second-level")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("filedOn");
        submit(response, Map.of("outcome", "second-level", "filedOn", "2026-05-05"));

        assertThat(complaint).isEnded().hasPassed("holdDialogue", "secondLevelComplaint");
        assertThat(variable(complaint, "outcome")).isEqualTo("second-level");
        assertThat(variable(complaint, "filedOn")).isEqualTo("2026-05-05");
    }

    @Test
    void aComplainantInARemoteAreaHas45DaysToSueAndTheCaseClosesWithTheLawsuit() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object> variables = complaint("2026-02-25");
        variables.put("remoteArea", true);
        ProcessInstance complaint = start(variables);
        accept(complaint, "2026-03-02");
        assertThat(variable(complaint, "resolutionDueDate")).isEqualTo(endOfDay(2026, 4, 16));
        verify(complaint, false);
        draftAndSign(complaint, "2026-04-10");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-13", "sentTo", "Bà Hoa"));

        Task response = task(complaint.getId(), "recordComplainantResponse");
        // 45 days after 13/04 is Thursday 28/05/2026
        assertThat(response.getDueDate()).isEqualTo(endOfDay(2026, 5, 28));
        submit(response, Map.of("outcome", "lawsuit", "filedOn", "2026-05-20"));

        assertThat(complaint).isEnded().hasPassed("lawsuitFiled");
        assertThat(variable(complaint, "outcome")).isEqualTo("lawsuit");
    }

    @Test
    void theResolutionPeriodIs30DaysOr45ForAComplexOrRemoteCaseAnd60ForBoth() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object[]> expected = Map.of(
                "none", new Object[] {false, false, "complaint-resolution", endOfDay(2026, 4, 1)},
                "complex", new Object[] {true, false, "complaint-resolution-complex", endOfDay(2026, 4, 16)},
                "remote", new Object[] {false, true, "complaint-resolution-remote", endOfDay(2026, 4, 16)},
                // 60 days is Friday 01/05, Labour Day, then a weekend: Monday 04/05
                "both", new Object[] {true, true, "complaint-resolution-complex-remote", endOfDay(2026, 5, 4)});
        expected.forEach((label, row) -> {
            Map<String, Object> variables = new HashMap<>(complaint("2026-03-02"));
            variables.put("complexCase", row[0]);
            variables.put("remoteArea", row[1]);
            ProcessInstance complaint = start(variables);
            assertThat(variable(complaint, "resolutionPeriodCode")).as(label).isEqualTo(row[2]);
            accept(complaint, "2026-03-02");
            assertThat(variable(complaint, "resolutionDueDate")).as(label).isEqualTo(row[3]);
            assertThat(task(complaint.getId(), "assignVerifier")).isNotNull();
        });
    }

    @Test
    void theOfficeAndTheVpHeadsAreWarnedFiveWorkingDaysAheadAndChasedAtTheDeadlineWithoutStoppingTheWork() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        accept(complaint, "2026-03-02");
        submit(task(complaint.getId(), "assignVerifier"), Map.of("verifier", "vp.officer"));
        String key = complaint.getBusinessKey();
        Map<String, Integer> before = new HashMap<>();
        for (String user : List.of("vhxh.head", "vhxh.officer", "vp.head", "vp.officer")) {
            before.put(user, mailCount(user));
        }

        // the day before the warning nothing happens
        EngineClock.setTo(LocalDateTime.of(2026, 3, 24, 16, 0));
        runDueJobs(complaint.getId());
        assertThat(mailSince("vhxh.head", before.get("vhxh.head"))).isEmpty();

        // 5 working days before Wednesday 01/04: Wednesday 25/03
        EngineClock.setTo(LocalDateTime.of(2026, 3, 25, 8, 0));
        runDueJobs(complaint.getId());
        String warning = "Sắp đến hạn giải quyết khiếu nại – " + key + " (Văn phòng HĐND và UBND phường)";
        assertThat(mailSince("vhxh.head", before.get("vhxh.head"))).containsExactly(warning);
        assertThat(mailSince("vhxh.officer", before.get("vhxh.officer"))).containsExactly(warning);
        assertThat(mailSince("vp.head", before.get("vp.head"))).containsExactly(warning);
        assertThat(mailSince("vp.officer", before.get("vp.officer"))).isEmpty();
        Task reminder = task(complaint.getId(), "followUpOverdueWork");
        assertThat(candidateGroups(reminder)).containsExactly("vhxh");
        assertThat(formVariables(reminder).get("escalationReason")).isEqualTo("Sắp đến hạn giải quyết khiếu nại");
        // the reminder names no complainant
        assertThat(reminder.getName()).doesNotContain("Nguyễn Thị Hoa");

        // Thursday 02/04: the deadline has passed
        EngineClock.setTo(LocalDateTime.of(2026, 4, 2, 8, 0));
        runDueJobs(complaint.getId());
        String overdue = "Quá hạn giải quyết khiếu nại – " + key + " (Văn phòng HĐND và UBND phường)";
        assertThat(mailSince("vhxh.head", before.get("vhxh.head"))).containsExactly(warning, overdue);
        assertThat(mailSince("vp.head", before.get("vp.head"))).containsExactly(warning, overdue);
        assertThat(tasks(complaint.getId(), "followUpOverdueWork")).hasSize(2);

        // the verification goes on; once the case closes, nothing is left to chase
        submit(task(complaint.getId(), "verifyComplaint"), Map.of("findings", "Đúng", "claimsDiffer", false));
        draftAndSign(complaint, "2026-04-02");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-03", "sentTo", "Bà Hoa"));
        submit(task(complaint.getId(), "recordComplainantResponse"), Map.of("outcome", "accepted"));
        assertThat(complaint).isEnded().hasPassed("complainantAccepts");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    void aComplaintWithdrawnBeforeAcceptanceIsRecordedAndClosed() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        runtimeService.createMessageCorrelation("complaintWithdrawn")
                .processInstanceBusinessKey(complaint.getBusinessKey()).correlate();

        assertThat(tasks(complaint.getId(), "decideAcceptance")).isEmpty();
        Task withdrawal = task(complaint.getId(), "recordWithdrawal");
        assertThat(candidateGroups(withdrawal)).containsExactly("vp");
        assertThat(withdrawal.getDueDate()).isEqualTo(endOfDay(2026, 3, 4));
        submit(withdrawal, Map.of("withdrawnOn", "2026-03-02", "withdrawalNote", "Đơn xin rút khiếu nại"));

        assertThat(complaint).isEnded().hasPassed("complaintWithdrawnEnd");
        assertThat(variable(complaint, "outcome")).isEqualTo("withdrawn");
    }

    @Test
    void onceTheDecisionIsSignedTheComplaintCanNoLongerBeWithdrawn() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        accept(complaint, "2026-03-02");
        verify(complaint, false);
        draftAndSign(complaint, "2026-03-20");

        assertThat(runtimeService.createEventSubscriptionQuery().processInstanceId(complaint.getId())
                .eventName("complaintWithdrawn").count()).isZero();
        assertThat(task(complaint.getId(), "sendDecision")).isNotNull();
    }
}
