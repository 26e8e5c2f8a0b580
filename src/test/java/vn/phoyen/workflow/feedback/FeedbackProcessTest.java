package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.TestMailServer;
import vn.phoyen.workflow.feedback.ResidentFeedback.RatingOutcome;

/** Every path of a feedback case: assignment, contributions, approval, publication, rating, review, escalation. */
@EngineTest
class FeedbackProcessTest extends FeedbackTestSupport {

    // addresses of their own in every run: the test mail server keeps every message of this JVM
    final String minhMail = uniqueAddress("minh.pv");
    final String lanMail = uniqueAddress("lan.nt");
    final String hungMail = uniqueAddress("hung.lv");
    final String hoaMail = uniqueAddress("hoa.nt");

    @Test
    void theHeadAssignsSupportUnitsContributeTheApproverReturnsThenApprovesAndTheSenderGetsTheAnswerByMail() {
        ProcessInstance feedback = start(feedback("dat-dai", "Lấn chiếm đất công ở ngõ 12 Bắc Sơn",
                "Hộ gia đình xây tường rào lấn ra đất công của ngõ 12, xe cứu hỏa không vào được.",
                minhMail));

        // the tracking code: 12 characters of the unambiguous alphabet, shown in groups of four
        assertThat((String) runtimeService.getVariable(feedback.getId(), "trackingCode"))
                .matches("[A-HJ-NP-Z2-9]{12}");
        assertThat(trackingCode(feedback)).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        FeedbackRecords.Row received = row(feedback);
        assertThat(received.caseNumber()).isEqualTo(feedback.getBusinessKey()).matches("PA-2026-\\d{4}");
        assertThat(received.status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(received.leadUnit()).isEqualTo("kthtdt");
        assertThat(received.receivedDate()).isEqualTo(LocalDate.of(2026, 3, 6));
        // 10 working days after Friday 06/03: Friday 20/03
        assertThat(received.dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(residents.rate(trackingCode(feedback), 5, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);

        Task assignment = task(feedback.getId(), "assignOfficer");
        assertThat(candidateGroups(assignment)).containsExactly("kthtdt-heads");
        assertThat(String.valueOf(formVariables(assignment).get("unitStaff"))).contains("kthtdt.officer");
        assertThatThrownBy(() -> submit(assignment, Map.of())).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("answerOfficer");
        // a well-formed name of nobody, or of another unit's officer, is no officer of the lead unit
        for (String outsider : new String[] {"nobody.here", "vp.officer"}) {
            assertThatThrownBy(() -> submit(assignment, Map.of("answerOfficer", outsider)))
                    .isInstanceOf(BadUserRequestException.class)
                    .hasMessage("Cán bộ trả lời (answerOfficer) '" + outsider + "' không phải cán bộ của đơn vị chủ trì "
                            + "('kthtdt'): chọn một cán bộ trong danh sách");
        }
        submit(assignment, Map.of("answerOfficer", "kthtdt.officer"));
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.IN_PROGRESS);

        Task contribution = task(feedback.getId(), "contributeToAnswer");
        assertThat(candidateGroups(contribution)).containsExactly("ttdvth");
        assertThat(formVariables(contribution).get("supportUnitName")).isEqualTo("Trung tâm dịch vụ tổng hợp phường");
        submit(contribution, Map.of("contribution", "Hồ sơ địa chính: ngõ 12 là đất giao thông do phường quản lý"));

        Task draft = task(feedback.getId(), "draftAnswer");
        assertThat(draft.getAssignee()).isEqualTo("kthtdt.officer");
        assertThat(candidateGroups(draft)).containsExactly("kthtdt");
        assertThat(draft.getDueDate()).isEqualTo(endOfDay(2026, 3, 20));
        assertThat(String.valueOf(formVariables(draft).get("contributions")))
                .contains("Trung tâm dịch vụ tổng hợp phường", "ngõ 12 là đất giao thông");
        submit(draft, Map.of("answer", "Phường sẽ kiểm tra"));

        Task approval = task(feedback.getId(), "approveAnswer");
        // land cases are approved by the Chairman's group
        assertThat(candidateGroups(approval)).containsExactly("lanhdao");
        assertThatThrownBy(() -> submit(approval, Map.of("approvalDecision", "return")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnReason");
        submit(approval, Map.of("approvalDecision", "return", "returnReason", "Nêu rõ thời hạn tháo dỡ"));

        Task redraft = task(feedback.getId(), "draftAnswer");
        assertThat(formVariables(redraft).get("returnReason")).isEqualTo("Nêu rõ thời hạn tháo dỡ");
        String answer = "Ngày 12/3 phường đã lập biên bản; hộ gia đình phải tháo dỡ tường rào trước ngày 25/3/2026.";
        submit(redraft, Map.of("answer", answer));
        Task secondApproval = task(feedback.getId(), "approveAnswer");
        assertThat(formVariables(secondApproval).get("approvalDecision")).isNull();
        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 14, 0));
        submit(secondApproval, Map.of("approvalDecision", "approve"));

        // published in the approver's own transaction: the resident reads the answer as soon as it is approved
        assertThat(feedback).hasPassed("publishAnswer").isWaitingAt("ratingWait");
        assertThat(runtimeService.getVariable(feedback.getId(), "leadUnit")).isEqualTo("kthtdt");
        assertThat(tasks(feedback.getId(), "informByPhone")).isEmpty();
        // nobody to call: no call list is kept on the case
        assertThat(runtimeService.getVariables(feedback.getId())).doesNotContainKey("phoneCalls");
        assertThat(TestMailServer.subjectsTo(minhMail))
                .containsExactly("UBND phường Phổ Yên trả lời phản ánh, kiến nghị " + feedback.getBusinessKey());
        FeedbackRecords.Row published = row(feedback);
        assertThat(published.status()).isEqualTo(FeedbackStatus.ANSWERED);
        assertThat(published.answer()).isEqualTo(answer);
        // 15 calendar days after Tuesday 10/03: Wednesday 25/03
        assertThat(published.ratingClosesAt()).isEqualTo(endOfDay(2026, 3, 25).toInstant());
        ResidentFeedback.CaseStatus status = residents.status(trackingCode(feedback)).orElseThrow();
        assertThat(status.answer()).isEqualTo(answer);
        assertThat(status.statusLabel()).isEqualTo("Đã trả lời");
        assertThat(status.rateable()).isTrue();

        EngineClock.setTo(LocalDateTime.of(2026, 3, 25, 23, 0));
        assertThat(residents.rate(trackingCode(feedback), 4, "Giải quyết nhanh")).isEqualTo(RatingOutcome.RATED);

        assertThat(feedback).isEnded().hasPassed("recordRating", "feedbackClosed").hasNotPassed("reviewAnswer");
        FeedbackRecords.Row rated = row(feedback);
        assertThat(rated.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(rated.ratingScore()).isEqualTo(4);
        assertThat(rated.ratingComment()).isEqualTo("Giải quyết nhanh");
        assertThat(residents.rate(trackingCode(feedback), 5, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);
        assertThat(residents.status(trackingCode(feedback)).orElseThrow().rateable()).isFalse();
    }

    @Test
    void aSenderWithoutEMailIsPhonedByTheOfficeAndACaseNobodyRatesClosesAfterFifteenDays() {
        ProcessInstance feedback = start(feedback("khac", "Hỏi giờ làm việc của bộ phận một cửa",
                "Xin cho biết bộ phận một cửa có làm việc sáng thứ Bảy không.", "0912 345 678"));
        // no support units: nothing to contribute
        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "vp.officer"));
        assertThat(tasks(feedback.getId(), "contributeToAnswer")).isEmpty();
        submit(task(feedback.getId(), "draftAnswer"), Map.of("answer", "Bộ phận một cửa làm việc sáng thứ Bảy."));
        assertThat(candidateGroups(task(feedback.getId(), "approveAnswer"))).containsExactly("vp");
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        Task phone = task(feedback.getId(), "informByPhone");
        assertThat(candidateGroups(phone)).containsExactly("vp");
        assertThat(String.valueOf(formVariables(phone).get("phoneCalls"))).contains("0912 345 678", "Phạm Văn Minh");
        submit(phone, Map.of("phoneResult", "Đã gọi, ông Minh đã nghe câu trả lời"));
        assertThat(feedback).hasPassed("sendersInformed").isWaitingAt("ratingWait");

        // 15 days after Friday 06/03 is Saturday 21/03: the window stays open until Monday 23/03
        EngineClock.setTo(LocalDateTime.of(2026, 3, 23, 23, 0));
        runDueJobs(feedback.getId());
        assertThat(feedback).isWaitingAt("ratingWait");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 24, 0, 0, 1));
        assertThat(residents.rate(trackingCode(feedback), 5, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);
        runDueJobs(feedback.getId());

        assertThat(feedback).isEnded().hasPassed("ratingWindowClosed", "feedbackClosed").hasNotPassed("recordRating");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(row(feedback).ratingScore()).isNull();
        assertThat(residents.status(trackingCode(feedback)).orElseThrow().statusLabel()).isEqualTo("Đã kết thúc");
    }

    @Test
    void aLowRatingReopensTheCaseOnceTheSupervisingOfficeSendsItBackAndTheNewAnswerClosesItWithoutASecondRating() {
        ProcessInstance feedback = start(feedback("y-te", "Trạm y tế đóng cửa giờ hành chính",
                "Chiều thứ Ba trạm y tế phường đóng cửa lúc 15 giờ.", lanMail));
        answerAndApprove(feedback, "vhxh.officer", "Trạm y tế đã nhắc nhở nhân viên trực.");
        assertThat(residents.rate(trackingCode(feedback), 2, "Chưa trả lời đúng câu hỏi"))
                .isEqualTo(RatingOutcome.RATED);

        Task review = task(feedback.getId(), "reviewAnswer");
        assertThat(candidateGroups(review)).containsExactly("vhxh");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.UNDER_REVIEW);
        assertThat(formVariables(review)).containsEntry("ratingScore", 2)
                .containsEntry("ratingComment", "Chưa trả lời đúng câu hỏi");
        assertThatThrownBy(() -> submit(review, Map.of("reviewDecision", "reanswer")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("reviewNote");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 9, 9, 0));
        submit(review, Map.of("reviewDecision", "reanswer", "reviewNote", "Nêu giờ mở cửa và số điện thoại trực"));

        // the officer already assigned answers again, within the service standard counted from the review
        Task redraft = task(feedback.getId(), "draftAnswer");
        assertThat(redraft.getAssignee()).isEqualTo("vhxh.officer");
        assertThat(redraft.getDueDate()).isEqualTo(endOfDay(2026, 3, 23));
        assertThat(formVariables(redraft).get("reviewNote")).isEqualTo("Nêu giờ mở cửa và số điện thoại trực");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
        assertThat(row(feedback).dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(tasks(feedback.getId(), "assignOfficer")).isEmpty();
        submit(redraft, Map.of("answer", "Trạm mở cửa 7h30–17h; trực ngoài giờ: 0208 3 863 115."));
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        assertThat(feedback).isEnded().hasPassed("reopenAnswer", "feedbackClosed");
        // ended without a second wait for a rating: rated once
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(feedback.getId())
                .activityId("feedbackRated").count()).isEqualTo(1);
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(feedback.getId())
                .activityId("publishAnswer").finished().count()).isEqualTo(2);
        assertThat(TestMailServer.subjectsTo(lanMail)).hasSize(2);
        FeedbackRecords.Row closed = row(feedback);
        assertThat(closed.status()).isEqualTo(FeedbackStatus.CLOSED);
        assertThat(closed.answer()).startsWith("Trạm mở cửa 7h30–17h");
        assertThat(closed.ratingScore()).isEqualTo(2);
        assertThat(residents.rate(trackingCode(feedback), 1, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);
    }

    @Test
    void theSupervisingOfficeMayUpholdTheAnswerAfterALowRating() {
        ProcessInstance feedback = start(feedback("giao-duc", "Thu tiền học thêm ở trường tiểu học",
                "Lớp 3A thu tiền học thêm buổi chiều.", "0987 000 111"));
        answerAndApprove(feedback, "vhxh.officer", "Trường đã dừng thu tiền học thêm từ tháng 3.");
        submit(task(feedback.getId(), "informByPhone"), Map.of("phoneResult", "Đã báo"));
        assertThat(residents.rate(trackingCode(feedback), 1, "")).isEqualTo(RatingOutcome.RATED);

        submit(task(feedback.getId(), "reviewAnswer"), Map.of("reviewDecision", "uphold",
                "reviewNote", "Câu trả lời đúng quy định"));

        assertThat(feedback).isEnded().hasPassed("reviewAnswer", "feedbackClosed").hasNotPassed("reopenAnswer");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.CLOSED);
    }

    @Test
    void aRatingOfThreeClosesTheCaseWithoutReview() {
        ProcessInstance feedback = start(feedback("moi-truong", "Rác thải ở bãi đất trống tổ Đông Sơn",
                "Bãi đất trống cạnh nhà văn hoá bị đổ rác nhiều ngày.", hungMail));
        answerAndApprove(feedback, "kthtdt.officer", "Đội vệ sinh đã thu gom rác ngày 9/3.");

        assertThat(residents.rate(trackingCode(feedback), 3, null)).isEqualTo(RatingOutcome.RATED);

        assertThat(feedback).isEnded().hasPassed("recordRating", "feedbackClosed").hasNotPassed("markUnderReview");
        assertThat(row(feedback).ratingComment()).isEmpty();
    }

    @Test
    void aCaseLikeAnOpenOneIsFlaggedMergedAndItsSenderGetsTheOriginalsAnswer() {
        ProcessInstance original = start(feedback("ha-tang", "Đèn đường ngõ 5 phố Ba Hàng bị hỏng",
                "Đèn đường ở ngõ 5 phố Ba Hàng bị hỏng đã một tuần, buổi tối rất tối.", "0911 222 333"));
        assertThat(original).isWaitingAt("assignOfficer");
        // nothing alike is open: the case carries no duplicate variables at all (not even empty ones)
        assertThat(runtimeService.getVariables(original.getId())).doesNotContainKeys("possibleDuplicateOf",
                "possibleDuplicateTitle");

        ProcessInstance repeat = start(feedback("ha-tang", "Đèn đường ngõ 5 Ba Hàng hỏng",
                "Đèn đường ở ngõ 5 phố Ba Hàng bị hỏng một tuần nay, buổi tối rất tối.", hoaMail));

        assertThat(runtimeService.getVariable(repeat.getId(), "possibleDuplicateOf"))
                .isEqualTo(original.getBusinessKey());
        Task decision = task(repeat.getId(), "decideDuplicate");
        assertThat(candidateGroups(decision)).containsExactly("vp");
        assertThat(formVariables(decision)).containsEntry("possibleDuplicateTitle", "Đèn đường ngõ 5 phố Ba Hàng bị hỏng");
        assertThatThrownBy(() -> submit(decision, Map.of("duplicateDecision", "ignore")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("duplicateDecision");
        submit(decision, Map.of("duplicateDecision", "merge"));

        assertThat(repeat).isEnded().hasPassed("mergeFeedback", "feedbackMerged");
        FeedbackRecords.Row merged = row(repeat);
        assertThat(merged.status()).isEqualTo(FeedbackStatus.MERGED);
        assertThat(merged.mergedInto()).isEqualTo(original.getBusinessKey());
        ResidentFeedback.CaseStatus before = residents.status(trackingCode(repeat)).orElseThrow();
        assertThat(before.status()).isEqualTo("merged");
        assertThat(before.answer()).isNull();

        answerAndApprove(original, "kthtdt.officer", "Điện lực đã thay bóng đèn ngõ 5 ngày 9/3.");

        // the merged case's sender is told by e-mail; the original's sender (a phone number) is to be called
        assertThat(TestMailServer.subjectsTo(hoaMail))
                .containsExactly("UBND phường Phổ Yên trả lời phản ánh, kiến nghị " + repeat.getBusinessKey());
        assertThat(String.valueOf(runtimeService.getVariable(original.getId(), "phoneCalls")))
                .contains("0911 222 333").doesNotContain(hoaMail);
        ResidentFeedback.CaseStatus after = residents.status(trackingCode(repeat)).orElseThrow();
        assertThat(after.status()).isEqualTo("merged");
        assertThat(after.answer()).isEqualTo("Điện lực đã thay bóng đèn ngõ 5 ngày 9/3.");
        assertThat(after.rateable()).isFalse();
        assertThat(residents.rate(trackingCode(repeat), 5, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);
        assertThat(residents.rate(trackingCode(original), 5, "")).isEqualTo(RatingOutcome.RATED);
    }

    @Test
    void theClosestOpenCaseIsNamedAndAmongEquallyCloseOnesTheOldest() {
        ProcessInstance first = start(allowance("Sơn", "0933 000 001"));
        ProcessInstance second = start(allowance("Hà", "0933 000 002"));

        // the same words as the second: 10 of 10 shared with it, 9 of 11 with the first
        ProcessInstance likeTheSecond = start(allowance("Hà", "0933 000 003"));
        // 9 of 11 shared with each of the three: the oldest is named
        ProcessInstance likeAll = start(allowance("Giang", "0933 000 004"));

        assertThat(runtimeService.getVariable(second.getId(), "possibleDuplicateOf")).isEqualTo(first.getBusinessKey());
        assertThat(runtimeService.getVariable(likeTheSecond.getId(), "possibleDuplicateOf"))
                .isEqualTo(second.getBusinessKey());
        assertThat(runtimeService.getVariable(likeAll.getId(), "possibleDuplicateOf"))
                .isEqualTo(first.getBusinessKey());
    }

    /**
     * A text sent twice at the same moment (two desks, or a resident and the desk): the second start waits for the
     * first's commit on the year's case counter before its duplicate check, so it names the first.
     */
    @Test
    void theSameTextStartedTwiceAtOnceIsFlaggedOnceNamingTheOther() throws Exception {
        ExecutorService desks = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 5; pair++) {
                String text = "Rác tồn đọng ở điểm tập kết số " + pair + " khu " + UUID.randomUUID();
                CyclicBarrier together = new CyclicBarrier(2);
                String ending = String.valueOf(pair);
                List<Callable<ProcessInstance>> starts = List.of(
                        () -> startTogether(together, text, "0955 000 10" + ending),
                        () -> startTogether(together, text, "0955 000 20" + ending));
                List<ProcessInstance> started = new ArrayList<>();
                for (Future<ProcessInstance> start : desks.invokeAll(starts)) {
                    started.add(start.get());
                }
                // numbered in the order the two took the counter: the later one names the earlier
                started.sort(Comparator.comparing((ProcessInstance instance) -> instance.getBusinessKey().length())
                        .thenComparing(ProcessInstance::getBusinessKey));
                ProcessInstance earlier = started.get(0);
                ProcessInstance later = started.get(1);
                assertThat(runtimeService.getVariable(earlier.getId(), "possibleDuplicateOf")).as("pair %d", pair)
                        .isNull();
                assertThat(runtimeService.getVariable(later.getId(), "possibleDuplicateOf")).as("pair %d", pair)
                        .isEqualTo(earlier.getBusinessKey());
            }
        } finally {
            desks.shutdownNow();
        }
    }

    private ProcessInstance startTogether(CyclicBarrier together, String text, String contact) throws Exception {
        together.await(10, TimeUnit.SECONDS);
        return start(feedback("moi-truong", text, text + ".", contact));
    }

    private static Map<String, Object> allowance(String hamlet, String contact) {
        String text = "Chậm chi trả trợ cấp tháng mười tổ Bắc " + hamlet;
        return feedback("chinh-sach-xa-hoi", text, text + ".", contact);
    }

    @Test
    void aFlaggedCaseMayBeKeptSeparateAndADifferentTextIsNotFlagged() {
        ProcessInstance original = start(feedback("an-ninh-trat-tu", "Tụ tập đua xe trên đường Lý Nam Đế",
                "Tối thứ Bảy thanh niên tụ tập đua xe trên đường Lý Nam Đế gây mất trật tự.", "0911 000 001"));
        ProcessInstance repeat = start(feedback("an-ninh-trat-tu", "Đua xe trên đường Lý Nam Đế",
                "Tối thứ Bảy thanh niên tụ tập đua xe trên đường Lý Nam Đế, gây mất trật tự.", "0911 000 002"));
        ProcessInstance other = start(feedback("an-ninh-trat-tu", "Karaoke gây ồn sau 22 giờ",
                "Quán karaoke số 14 mở nhạc to sau 22 giờ hằng đêm.", "0911 000 003"));

        assertThat(runtimeService.getVariable(other.getId(), "possibleDuplicateOf")).isNull();
        assertThat(other).isWaitingAt("assignOfficer");
        submit(task(repeat.getId(), "decideDuplicate"), Map.of("duplicateDecision", "keep"));

        assertThat(repeat).hasPassed("decideDuplicate").hasNotPassed("mergeFeedback").isWaitingAt("assignOfficer");
        assertThat(candidateGroups(task(repeat.getId(), "assignOfficer"))).containsExactly("ca-heads");
        assertThat(row(repeat).status()).isEqualTo(FeedbackStatus.RECEIVED);
        assertThat(row(repeat).mergedInto()).isNull();
        assertThat(original).isWaitingAt("assignOfficer");
    }

    @Test
    void aDeletedCaseIsClosedAndNoLongerCountsAsOpen() {
        Map<String, Object> variables = feedback("ha-tang", "Cây đổ chắn đường tổ Tân Thịnh",
                "Cây xà cừ đổ chắn ngang đường tổ Tân Thịnh sau mưa bão.", "0922 111 222");
        ProcessInstance deleted = start(variables);

        runtimeService.deleteProcessInstance(deleted.getId(), "nhập trùng");

        assertThat(row(deleted).status()).isEqualTo(FeedbackStatus.CLOSED);
        ProcessInstance again = start(variables);
        assertThat(runtimeService.getVariable(again.getId(), "possibleDuplicateOf")).isNull();
    }

    @Test
    void anAnswerNotPublishedByItsDueDateIsEscalatedToTheSupervisingOfficeWithoutStoppingTheCase() {
        ProcessInstance feedback = start(feedback("ha-tang", "Nắp cống vỡ trước cổng trường THCS",
                "Nắp cống trước cổng trường THCS Ba Hàng bị vỡ, học sinh dễ ngã.", "0933 444 555"));
        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "kthtdt.officer"));
        int mailsBefore = TestMailServer.subjectsTo("vhxh.head@phoyen.local").size();

        EngineClock.setTo(LocalDateTime.of(2026, 3, 20, 23, 0));
        runDueJobs(feedback.getId());
        assertThat(tasks(feedback.getId(), "followUpOverdueWork")).isEmpty();
        EngineClock.setTo(LocalDateTime.of(2026, 3, 21, 8, 0));
        runDueJobs(feedback.getId());

        assertThat(feedback).hasPassed("answerOverdue").isWaitingAt("draftAnswer");
        Task followUp = task(feedback.getId(), "followUpOverdueWork");
        assertThat(candidateGroups(followUp)).containsExactly("vhxh");
        List<String> subjects = TestMailServer.subjectsTo("vhxh.head@phoyen.local");
        assertThat(subjects).hasSize(mailsBefore + 1);
        assertThat(subjects.get(subjects.size() - 1)).contains(feedback.getBusinessKey(),
                "Quá hạn trả lời phản ánh, kiến nghị").doesNotContain("Phạm Văn Minh");
        assertThat(TestMailServer.subjectsTo("kthtdt.head@phoyen.local"))
                .anyMatch(subject -> subject.contains(feedback.getBusinessKey()));
        // the office's follow-up ends the escalation's branch; the answer is still the unit's to write
        submitForm(engine, followUp,
                Map.of("actionTaken", "Đã gọi điện nhắc Phòng Kinh tế, Hạ tầng và Đô thị ngày 21/3."));
        assertThat(feedback).hasPassed("escalateOverdueAnswer", "overdueEscalated").isWaitingAt("draftAnswer");

        submit(task(feedback.getId(), "draftAnswer"), Map.of("answer", "Đã thay nắp cống ngày 23/3."));
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());
        assertThat(feedback).hasPassed("publishAnswer");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.ANSWERED);
    }

    @Test
    void theDriverPublishesACaseFromWhereverItWaits() {
        ProcessInstance feedback = start(feedback("dat-dai", "Xin trích lục bản đồ địa chính thửa 215",
                "Tôi cần trích lục thửa đất 215 tờ bản đồ số 7 để làm thủ tục.", "0944 555 666"));
        FeedbackDriver driver = new FeedbackDriver(engine);

        driver.publishAnswer(feedback.getId(), "Mời ông đến Trung tâm dịch vụ tổng hợp để nhận trích lục.");

        assertThat(feedback).hasPassed("assignOfficer", "contributeToAnswer", "publishAnswer");
        assertThat(row(feedback).answer()).isEqualTo("Mời ông đến Trung tâm dịch vụ tổng hợp để nhận trích lục.");
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey("assignOfficer").singleResult().getAssignee()).isEqualTo("kthtdt.head");
        // a published case waiting for its rating is left as it is
        driver.publishAnswer(feedback.getId(), "khác");
        assertThat(row(feedback).answer()).isEqualTo("Mời ông đến Trung tâm dịch vụ tổng hợp để nhận trích lục.");
        // a case under review is answered again
        assertThat(residents.rate(trackingCode(feedback), 1, "")).isEqualTo(RatingOutcome.RATED);
        driver.publishAnswer(feedback.getId(), "Trích lục đã gửi qua bưu điện.");
        assertThat(row(feedback).answer()).isEqualTo("Trích lục đã gửi qua bưu điện.");
        assertThat(feedback).isWaitingAt("informByPhone");
    }
}
