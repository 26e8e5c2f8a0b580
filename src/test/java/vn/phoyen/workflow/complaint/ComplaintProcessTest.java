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
    void art27And11AComplaintReceivedJustBeforeTetMayBeAcceptedUntilTheMondayAfterAndIsRefusedOnAGroundOfTheList() {
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

        // a refusal without a ground of Art. 11 is refused, the task stays open
        assertThatThrownBy(() -> submit(decision, Map.of("acceptanceDecision", "refuse", "refusalReasons",
                "Đơn không hợp lệ", "noticeNumber", "3/TB-UBND", "noticeDate", "2026-02-23")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("refusalGround");
        // Art. 11(5): the complaint is not signed
        submit(decision, Map.of("acceptanceDecision", "refuse", "refusalGround", "unsigned",
                "refusalReasons", "Đơn không có chữ ký hoặc điểm chỉ", "noticeNumber", "3/TB-UBND",
                "noticeDate", "2026-02-23"));

        assertThat(complaint).isEnded().hasPassed("complaintRefused");
        assertThat(variable(complaint, "outcome")).isEqualTo("refused");
        assertThat(variable(complaint, "refusalGround")).isEqualTo("unsigned");
        assertThat(variable(complaint, "noticeNumber")).isEqualTo("3/TB-UBND");
    }

    @Test
    void art11ARefusalOnAnotherGroundNeedsItsText() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-03-02");
        Task decision = task(complaint.getId(), "decideAcceptance");
        Map<String, Object> other = new HashMap<>(Map.of("acceptanceDecision", "refuse", "refusalGround", "other",
                "noticeNumber", "4/TB-UBND", "noticeDate", "2026-03-02"));
        assertThatThrownBy(() -> submit(decision, other)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("refusalGroundOther");
        other.put("refusalGroundOther", "Người khiếu nại đã chết, không có người thừa kế quyền khiếu nại");
        submit(decision, other);

        assertThat(complaint).isEnded().hasPassed("complaintRefused");
        assertThat(variable(complaint, "refusalGroundOther")).asString().startsWith("Người khiếu nại đã chết");
    }

    @Test
    void art9And11ALateComplaintIsRefusedOnTheTimeLimitGround() {
        // learned of the decision on Wednesday 04/03/2026: day 90 is Tuesday 02/06, received Wednesday 03/06
        EngineClock.setTo(LocalDateTime.of(2026, 6, 3, 9, 0));
        ProcessInstance complaint = startReceived("2026-06-03");
        Task decision = task(complaint.getId(), "decideAcceptance");
        Map<String, Object> accept = Map.of("acceptanceDecision", "accept", "learnedOn", "2026-03-04",
                "acceptedOn", "2026-06-03", "noticeNumber", "20/TB-UBND", "noticeDate", "2026-06-03");
        // accepting a late complaint without a legal cause is refused
        assertThatThrownBy(() -> submit(decision, accept)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("lateCause").hasMessageContaining("02/06/2026");

        submit(decision, Map.of("acceptanceDecision", "refuse", "refusalGround", "time-limit-expired",
                "learnedOn", "2026-03-04", "noticeNumber", "20/TB-UBND", "noticeDate", "2026-06-03"));
        assertThat(complaint).isEnded().hasPassed("complaintRefused");
        assertThat(variable(complaint, "filedWithinTimeLimit")).isEqualTo(false);
        assertThat(variable(complaint, "timeLimitLastDay")).isEqualTo(endOfDay(2026, 6, 2));
    }

    @Test
    void art9OnTheNinetiethDayTheComplaintIsInTimeAndCannotBeRefusedAsLate() {
        // learned on 04/03/2026: day 90 is Tuesday 02/06/2026
        EngineClock.setTo(LocalDateTime.of(2026, 6, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-06-02");
        Task decision = task(complaint.getId(), "decideAcceptance");
        assertThatThrownBy(() -> submit(decision, Map.of("acceptanceDecision", "refuse", "refusalGround",
                "time-limit-expired", "learnedOn", "2026-03-04", "noticeNumber", "21/TB-UBND",
                "noticeDate", "2026-06-02"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("chưa hết");

        submit(decision, Map.of("acceptanceDecision", "accept", "learnedOn", "2026-03-04",
                "acceptedOn", "2026-06-02", "noticeNumber", "21/TB-UBND", "noticeDate", "2026-06-02"));
        assertThat(variable(complaint, "filedWithinTimeLimit")).isEqualTo(true);
        assertThat(task(complaint.getId(), "assignVerifier")).isNotNull();
    }

    @Test
    void art9ALateComplaintIsAcceptedForALegalCauseWithTheReasonRecorded() {
        // learned on 02/03/2026: day 90 is Sunday 31/05, so Monday 01/06 is still in time and Tuesday 02/06 is late
        EngineClock.setTo(LocalDateTime.of(2026, 6, 2, 9, 0));
        ProcessInstance inTime = startReceived("2026-06-01");
        submit(task(inTime.getId(), "decideAcceptance"), Map.of("acceptanceDecision", "accept",
                "learnedOn", "2026-03-02", "acceptedOn", "2026-06-02", "noticeNumber", "22/TB-UBND",
                "noticeDate", "2026-06-02"));
        assertThat(variable(inTime, "filedWithinTimeLimit")).isEqualTo(true);

        Map<String, Object> variables = complaint("2026-06-02");
        variables.put("learnedOn", "2026-03-02");
        ProcessInstance late = start(variables);
        Task decision = task(late.getId(), "decideAcceptance");
        // the day given at the start is there for the officer
        assertThat(formVariables(decision).get("learnedOn")).isEqualTo("2026-03-02");
        Map<String, Object> answers = new HashMap<>(Map.of("acceptanceDecision", "accept", "acceptedOn", "2026-06-02",
                "noticeNumber", "23/TB-UBND", "noticeDate", "2026-06-02", "lateCause", "sickness"));
        assertThatThrownBy(() -> submit(decision, answers)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("lateCauseDetails");
        answers.put("lateCauseDetails", "Điều trị tại Bệnh viện Trung ương Thái Nguyên từ 10/03 đến 15/04/2026");
        submit(decision, answers);

        assertThat(variable(late, "filedWithinTimeLimit")).isEqualTo(false);
        assertThat(variable(late, "lateCause")).isEqualTo("sickness");
        assertThat(variable(late, "lateCauseDetails")).asString().contains("Bệnh viện");
        // 30 days from Tuesday 02/06: Thursday 02/07/2026
        assertThat(variable(late, "resolutionDueDate")).isEqualTo(endOfDay(2026, 7, 2));
        assertThat(task(late.getId(), "assignVerifier")).isNotNull();
    }

    @Test
    void art27AComplaintOutsideTheWardsCompetenceReceivedOnTheMakeUpSaturdayIsGuidedToTheCompetentBody() {
        // Saturday 10/01/2026 is a make-up working day
        EngineClock.setTo(LocalDateTime.of(2026, 1, 10, 9, 0));
        ProcessInstance complaint = startReceived("2026-01-10");

        Task decision = task(complaint.getId(), "decideAcceptance");
        // 10 calendar days: Tuesday 20/01/2026
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 1, 20));
        assertThatThrownBy(() -> submit(decision, Map.of("acceptanceDecision", "guide", "noticeNumber", "1/TB-UBND",
                "noticeDate", "2026-01-12"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("guidedTo");
        submit(decision, Map.of("acceptanceDecision", "guide", "guidedTo", "Sở Xây dựng tỉnh Thái Nguyên",
                "noticeNumber", "1/HD-UBND", "noticeDate", "2026-01-12"));

        assertThat(complaint).isEnded().hasPassed("complaintGuided");
        assertThat(variable(complaint, "outcome")).isEqualTo("guided");
        assertThat(variable(complaint, "guidedTo")).isEqualTo("Sở Xây dựng tỉnh Thái Nguyên");

        // the old answer "pass-on" is still understood, as guidance
        ProcessInstance old = startReceived("2026-01-10");
        submit(task(old.getId(), "decideAcceptance"), Map.of("acceptanceDecision", "pass-on",
                "passedOnTo", "Sở Tài nguyên và Môi trường", "noticeNumber", "2/HD-UBND", "noticeDate", "2026-01-12"));
        assertThat(old).isEnded().hasPassed("complaintGuided");
        assertThat(variable(old, "outcome")).isEqualTo("guided");
    }

    @Test
    void art28To33And43AnAcceptedComplaintIsReturnedByTheChairmanSignedSentAcceptedAndImplementedOnceInEffect() {
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
        assertThat(formVariables(draft).get("implementingUnit")).isEqualTo("vp");
        assertThatThrownBy(() -> submit(draft, Map.of("decisionDraft", "Giữ nguyên", "implementingUnit", "khong-co")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("implementingUnit");
        submit(draft, Map.of("decisionDraft", "Giữ nguyên quyết định xử phạt", "implementingUnit", "kthtdt"));

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
        // Art. 43: 30 days from the issue on 27/03 end on Sunday 26/04, the Hùng Kings' day, its day off Monday 27/04
        // follows: the decision takes legal effect after Tuesday 28/04/2026
        assertThat(response.getDueDate()).isEqualTo(endOfDay(2026, 4, 28));
        assertThat(variable(complaint, "legalEffectDate")).isEqualTo(endOfDay(2026, 4, 28));
        // Art. 33: 30 days from the decision sent on 30/03 to complain again or sue: Wednesday 29/04
        assertThat(variable(complaint, "responseDueDate")).isEqualTo(endOfDay(2026, 4, 29));
        submit(response, Map.of("outcome", "accepted"));

        // the complainant agrees: the decision still takes effect only when the 30 days have passed
        EngineClock.setTo(LocalDateTime.of(2026, 4, 28, 16, 0));
        runDueJobs(complaint.getId());
        assertThat(tasks(complaint.getId(), "organiseImplementation")).isEmpty();
        EngineClock.setTo(LocalDateTime.of(2026, 4, 29, 8, 0));
        runDueJobs(complaint.getId());
        assertThat(variable(complaint, "decisionInEffect")).isEqualTo(true);
        Task implementation = task(complaint.getId(), "organiseImplementation");
        // the unit the draft named organises the implementation (Art. 44), 10 working days: Thursday 14/05/2026
        assertThat(candidateGroups(implementation)).containsExactly("kthtdt");
        assertThat(implementation.getDueDate()).isEqualTo(endOfDay(2026, 5, 14));
        assertThatThrownBy(() -> submit(implementation, Map.of("implementedOn", "2026-05-08")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("implementationReport");
        submit(implementation, Map.of("implementationReport", "Đã thu nộp tiền phạt vào ngân sách",
                "implementedOn", "2026-05-08"));

        assertThat(complaint).isEnded().hasPassed("decisionSigned", "awaitLegalEffect", "decisionInEffect",
                "decisionImplemented").hasNotPassed("holdDialogue");
        assertThat(variable(complaint, "outcome")).isEqualTo("implemented");
        assertThat(variable(complaint, "decisionSignedOn")).isEqualTo("2026-03-27");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(complaint.getId())
                .taskDefinitionKey("signDecision").count()).isEqualTo(2);
    }

    @Test
    void art30And33ClaimsThatDifferFromTheVerificationNeedADialogueAndTheSecondLevelComplaintIsRecorded() {
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
        assertThatThrownBy(() -> submit(response, Map.of("outcome", "second-level", "filedOn", "2026-05-05")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("filedWith");
        submit(response, Map.of("outcome", "second-level", "filedOn", "2026-05-05",
                "filedWith", "Chủ tịch UBND tỉnh Thái Nguyên"));

        assertThat(complaint).isEnded().hasPassed("holdDialogue", "secondLevelComplaint")
                .hasNotPassed("decisionInEffect", "organiseImplementation");
        assertThat(variable(complaint, "outcome")).isEqualTo("second-level");
        assertThat(variable(complaint, "filedOn")).isEqualTo("2026-05-05");
    }

    @Test
    void art33ALawsuitBroughtBeforeTheDecisionTakesEffectClosesTheCase() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        accept(complaint, "2026-03-02");
        verify(complaint, false);
        draftAndSign(complaint, "2026-04-10");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-13", "sentTo", "Bà Hoa"));

        Task response = task(complaint.getId(), "recordComplainantResponse");
        // 30 days after the issue on 10/04: Sunday 10/05, so Monday 11/05/2026
        assertThat(response.getDueDate()).isEqualTo(endOfDay(2026, 5, 11));
        EngineClock.setTo(LocalDateTime.of(2026, 5, 8, 9, 0));
        submit(response, Map.of("outcome", "lawsuit", "filedOn", "2026-05-07",
                "filedWith", "Tòa án nhân dân tỉnh Thái Nguyên"));

        assertThat(complaint).isEnded().hasPassed("lawsuitFiled").hasNotPassed("decisionInEffect");
        assertThat(variable(complaint, "outcome")).isEqualTo("lawsuit");
        assertThat(variable(complaint, "filedWith")).isEqualTo("Tòa án nhân dân tỉnh Thái Nguyên");
    }

    @Test
    void art43WithoutASecondLevelComplaintOrLawsuitTheDecisionTakesEffectAndItsUnitImplementsIt() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        accept(complaint, "2026-03-02");
        verify(complaint, false);
        draftAndSign(complaint, "2026-04-10");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-13", "sentTo", "Bà Hoa"));
        assertThat(task(complaint.getId(), "recordComplainantResponse")).isNotNull();

        // nobody records anything: after Monday 11/05/2026 the decision is in legal effect
        EngineClock.setTo(LocalDateTime.of(2026, 5, 11, 17, 0));
        runDueJobs(complaint.getId());
        assertThat(task(complaint.getId(), "recordComplainantResponse")).isNotNull();
        EngineClock.setTo(LocalDateTime.of(2026, 5, 12, 8, 0));
        runDueJobs(complaint.getId());
        assertThat(tasks(complaint.getId(), "recordComplainantResponse")).isEmpty();
        assertThat(variable(complaint, "decisionInEffect")).isEqualTo(true);
        Task implementation = task(complaint.getId(), "organiseImplementation");
        assertThat(candidateGroups(implementation)).containsExactly("vp");
        // 10 working days after Monday 11/05: Monday 25/05/2026
        assertThat(implementation.getDueDate()).isEqualTo(endOfDay(2026, 5, 25));
        submit(implementation, Map.of("implementationReport", "Đã thi hành", "implementedOn", "2026-05-20"));
        assertThat(complaint).isEnded().hasPassed("legalEffectReached", "decisionInEffect", "decisionImplemented")
                .hasNotPassed("awaitLegalEffect");
    }

    @Test
    void art28TheRemoteAreaPeriodsDoNotApplyToThisUrbanWardAndACaseAskingForThemIsRefused() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
        Map<String, Object> remote = complaint("2026-02-25");
        remote.put("remoteArea", true);
        assertThatThrownBy(() -> start(remote)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("'remoteArea'").hasMessageContaining("vùng sâu, vùng xa");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(before);

        Map<String, Object> notRemote = complaint("2026-02-25");
        notRemote.put("remoteArea", false);
        ProcessInstance complaint = start(notRemote);
        assertThat(variable(complaint, "remoteArea")).isEqualTo(false);
        assertThat(variable(complaint, "resolutionPeriodCode")).isEqualTo("complaint-resolution");
    }

    @Test
    void theResolutionPeriodIs30DaysOr45ForAComplexCase() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object[]> expected = Map.of(
                "none", new Object[] {false, "complaint-resolution", endOfDay(2026, 4, 1)},
                "complex", new Object[] {true, "complaint-resolution-complex", endOfDay(2026, 4, 16)});
        expected.forEach((label, row) -> {
            Map<String, Object> variables = new HashMap<>(complaint("2026-03-02"));
            variables.put("complexCase", row[0]);
            ProcessInstance complaint = start(variables);
            assertThat(variable(complaint, "resolutionPeriodCode")).as(label).isEqualTo(row[1]);
            accept(complaint, "2026-03-02");
            assertThat(variable(complaint, "resolutionDueDate")).as(label).isEqualTo(row[2]);
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
        // and the complainant is told of the right to complain again or sue (Art. 33)
        assertThat(task(complaint.getId(), "notifyRightToChallenge")).isNotNull();

        // the verification goes on; once the case closes, nothing is left to chase
        submit(task(complaint.getId(), "verifyComplaint"), Map.of("findings", "Đúng", "claimsDiffer", false));
        draftAndSign(complaint, "2026-04-02");
        submit(task(complaint.getId(), "sendDecision"), Map.of("sentOn", "2026-04-03", "sentTo", "Bà Hoa"));
        submit(task(complaint.getId(), "recordComplainantResponse"), Map.of("outcome", "second-level",
                "filedOn", "2026-04-06", "filedWith", "Chủ tịch UBND tỉnh Thái Nguyên"));
        assertThat(complaint).isEnded().hasPassed("secondLevelComplaint");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(key).count()).isZero();
    }

    @Test
    void art33WhenTheResolutionPeriodPassesWithoutADecisionTheComplainantsRightIsRecordedAndNotified() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        accept(complaint, "2026-03-02");
        verify(complaint, false);

        EngineClock.setTo(LocalDateTime.of(2026, 4, 1, 17, 0));
        runDueJobs(complaint.getId());
        assertThat(tasks(complaint.getId(), "notifyRightToChallenge")).isEmpty();

        // Thursday 02/04/2026: the 30 days from acceptance ended on 01/04 without a decision
        EngineClock.setTo(LocalDateTime.of(2026, 4, 2, 8, 0));
        runDueJobs(complaint.getId());
        assertThat(variable(complaint, "resolutionExpired")).isEqualTo(true);
        // 30 days from the end of the resolution period: Friday 01/05 is Labour Day, so Monday 04/05/2026
        assertThat(variable(complaint, "challengeDueDate")).isEqualTo(endOfDay(2026, 5, 4));
        Task notice = task(complaint.getId(), "notifyRightToChallenge");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        // the ward's 3 working days for a notice: Tuesday 07/04/2026
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 4, 7));
        assertThatThrownBy(() -> submit(notice, Map.of("rightsNoticeDate", "2026-04-03")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("rightsNoticeNumber");
        submit(notice, Map.of("rightsNoticeNumber", "30/TB-UBND", "rightsNoticeDate", "2026-04-03"));
        assertThat(complaint).hasPassed("rightToChallengeNotified");
        assertThat(variable(complaint, "rightsNoticeNumber")).isEqualTo("30/TB-UBND");

        // the resolution itself goes on
        assertThat(task(complaint.getId(), "draftDecision")).isNotNull();
    }

    @Test
    void art10AComplaintWithdrawnBeforeAcceptanceNeedsTheRequestASuspensionDecisionAndItsNotice() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = startReceived("2026-02-25");
        runtimeService.createMessageCorrelation("complaintWithdrawn")
                .processInstanceBusinessKey(complaint.getBusinessKey()).correlate();

        assertThat(tasks(complaint.getId(), "decideAcceptance")).isEmpty();
        Task withdrawal = task(complaint.getId(), "recordWithdrawal");
        assertThat(candidateGroups(withdrawal)).containsExactly("vp");
        // the ward's 3 working days for the case's notices: Thursday 05/03/2026
        assertThat(withdrawal.getDueDate()).isEqualTo(endOfDay(2026, 3, 5));
        assertThatThrownBy(() -> submit(withdrawal, Map.of("withdrawalNote", "Rút miệng qua điện thoại")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("withdrawalRequestDate");
        submit(withdrawal, Map.of("withdrawalRequestDate", "2026-03-02", "withdrawalNote", "Đơn xin rút khiếu nại"));

        Task suspension = task(complaint.getId(), "signSuspension");
        assertThat(candidateGroups(suspension)).containsExactly("lanhdao");
        assertThatThrownBy(() -> submit(suspension, Map.of("suspensionDecisionDate", "2026-03-03")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("suspensionDecisionNumber");
        submit(suspension, Map.of("suspensionDecisionNumber", "5/QĐ-UBND", "suspensionDecisionDate", "2026-03-03"));

        Task notice = task(complaint.getId(), "notifySuspension");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        assertThatThrownBy(() -> submit(notice, Map.of("suspensionNoticeNumber", "6/TB-UBND")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("suspensionNoticeDate");
        submit(notice, Map.of("suspensionNoticeNumber", "6/TB-UBND", "suspensionNoticeDate", "2026-03-03"));

        assertThat(complaint).isEnded().hasPassed("signSuspension", "notifySuspension", "complaintWithdrawnEnd");
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
