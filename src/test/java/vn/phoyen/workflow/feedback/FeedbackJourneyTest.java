package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.TestMailServer;
import vn.phoyen.workflow.feedback.ResidentFeedback.AdditionOutcome;
import vn.phoyen.workflow.feedback.ResidentFeedback.CaseStatus;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;

/**
 * Issue 12, items 5–7: the triage of web feedback (accept, ask for more then the sender's addition or the time limit,
 * reject), the public answer kept apart from the reply to the sender and checked for the sender's name and contact,
 * and what the next person sees (the head's instruction, the rating comment, a phone task of its own).
 */
@EngineTest
class FeedbackJourneyTest extends FeedbackTestSupport {

    @BeforeEach
    void onATuesdayMorning() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    }

    private ProcessInstance fromTheWeb(String title, String content) {
        String code = residents.submit(new NewFeedback("Lê Thị Thu", "0987 111 222", "moi-truong", title, content))
                .trackingCode();
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("trackingCode", code.replace("-", "")).singleResult();
    }

    @Test
    void webFeedbackIsTriagedByTheReceivingOfficeAndOnceAcceptedIsRoutedAsBefore() {
        ProcessInstance feedback = fromTheWeb("Cống thoát nước ở tổ Ba Hàng bị tắc",
                "Cống trước nhà văn hoá tổ Ba Hàng tắc từ tuần trước, nước tràn ra đường " + System.nanoTime());

        assertThat(feedback).isWaitingAt("triageFeedback").hasPassed("routeFeedback", "registerFeedback");
        Task triage = task(feedback.getId(), "triageFeedback");
        assertThat(candidateGroups(triage)).containsExactly("vp");
        // one working day: Wednesday 11/03
        assertThat(triage.getDueDate()).isEqualTo(endOfDay(2026, 3, 11));
        assertThat(formVariables(triage)).containsKeys("title", "content", "senderName", "senderContact");
        assertThatThrownBy(() -> submit(triage, Map.of())).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("triageDecision");
        assertThatThrownBy(() -> submit(triage, Map.of("triageDecision", "reject")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("triageNotice")
                .hasMessageContaining("Thiếu thông báo cho người gửi");

        submit(triage, Map.of("triageDecision", "accept"));
        assertThat(feedback).isWaitingAt("assignOfficer");
        assertThat(candidateGroups(task(feedback.getId(), "assignOfficer"))).containsExactly("kthtdt-heads");
        assertThat(residents.status(trackingCode(feedback)).orElseThrow().notice()).isNull();
    }

    @Test
    void askedForMoreTheResidentAddsOnThePageAndTheOfficeTriagesAgain() {
        ProcessInstance feedback = fromTheWeb("Có mùi hôi", "Có mùi hôi rất khó chịu vào buổi tối " + System.nanoTime());
        submit(task(feedback.getId(), "triageFeedback"), Map.of("triageDecision", "ask-more",
                "triageNotice", "Xin cho biết mùi hôi ở tổ dân phố nào, gần địa điểm nào."));

        assertThat(feedback).hasPassed("askForMore").isWaitingAt("additionWait");
        CaseStatus asked = residents.status(trackingCode(feedback)).orElseThrow();
        assertThat(asked.status()).isEqualTo("needs-information");
        assertThat(asked.statusLabel()).isEqualTo("Cần bổ sung thông tin");
        assertThat(asked.additionRequested()).isTrue();
        // five working days: Tuesday 17/03
        assertThat(asked.notice()).startsWith("Xin cho biết mùi hôi ở tổ dân phố nào")
                .contains("Hạn bổ sung: hết ngày 17/03/2026");
        assertThat(variable(feedback, "additionDueDate")).isEqualTo(endOfDay(2026, 3, 17));

        EngineClock.setTo(LocalDateTime.of(2026, 3, 12, 20, 0));
        // the content and its additions stay within what the engine keeps in one String variable
        assertThatThrownBy(() -> residents.add(trackingCode(feedback), "ệ".repeat(3990)))
                .isInstanceOf(vn.phoyen.workflow.process.Refusal.class).hasMessageContaining("addition");
        assertThat(residents.add(trackingCode(feedback), "Cạnh bãi rác tổ Trung Tâm, gần trường mầm non."))
                .isEqualTo(AdditionOutcome.ADDED);
        assertThat(feedback).hasPassed("recordAddition").isWaitingAt("triageFeedback");
        assertThat((String) runtimeService.getVariable(feedback.getId(), "content"))
                .contains("Có mùi hôi rất khó chịu", "[Người gửi bổ sung ngày 12/03/2026] Cạnh bãi rác tổ Trung Tâm");
        CaseStatus added = residents.status(trackingCode(feedback)).orElseThrow();
        assertThat(added.status()).isEqualTo("received");
        assertThat(added.notice()).isNull();
        assertThat(residents.add(trackingCode(feedback), "Thêm lần nữa")).isEqualTo(AdditionOutcome.NOT_WAITING);
        assertThat(residents.add("AAAA-BBBB-CCCC", "Không có hồ sơ")).isEqualTo(AdditionOutcome.UNKNOWN_CODE);

        // the second triage starts with no decision
        Task again = task(feedback.getId(), "triageFeedback");
        assertThat(formVariables(again).get("triageDecision")).isNull();
        assertThat(formVariables(again).get("triageNotice")).isNull();
        submit(again, Map.of("triageDecision", "accept"));
        assertThat(feedback).isWaitingAt("assignOfficer");
    }

    @Test
    void askedForMoreWithNoAdditionInTimeTheCaseClosesWithANotice() {
        ProcessInstance feedback = fromTheWeb("Tiếng ồn", "Tiếng ồn lớn vào ban đêm gần nhà " + System.nanoTime());
        submit(task(feedback.getId(), "triageFeedback"), Map.of("triageDecision", "ask-more",
                "triageNotice", "Xin cho biết địa chỉ cụ thể và giờ xảy ra tiếng ồn."));

        EngineClock.setTo(LocalDateTime.of(2026, 3, 17, 23, 0));
        runDueJobs(feedback.getId());
        assertThat(feedback).isWaitingAt("additionWait");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 18, 0, 0, 1));
        runDueJobs(feedback.getId());

        assertThat(feedback).isEnded().hasPassed("additionTimeUp", "closeWithoutAddition", "feedbackNotCompleted")
                .hasNotPassed("assignOfficer");
        CaseStatus closed = residents.status(trackingCode(feedback)).orElseThrow();
        assertThat(closed.status()).isEqualTo("closed");
        assertThat(closed.notice()).contains("không nhận được nội dung bổ sung");
        assertThat(residents.add(trackingCode(feedback), "Muộn rồi")).isEqualTo(AdditionOutcome.NOT_WAITING);
    }

    @Test
    void spamOrFeedbackOutsideTheWardsScopeIsRejectedAndTheResidentReadsWhy() {
        ProcessInstance feedback = fromTheWeb("Khuyến mãi lớn", "Mua hàng giảm giá 90% tại website của chúng tôi "
                + System.nanoTime());
        submit(task(feedback.getId(), "triageFeedback"), Map.of("triageDecision", "reject",
                "triageNotice", "Nội dung là quảng cáo, không phải phản ánh, kiến nghị về hoạt động của phường."));

        assertThat(feedback).isEnded().hasPassed("rejectFeedback", "feedbackRejected").hasNotPassed("assignOfficer");
        CaseStatus rejected = residents.status(trackingCode(feedback)).orElseThrow();
        assertThat(rejected.status()).isEqualTo("rejected");
        assertThat(rejected.statusLabel()).isEqualTo("Không tiếp nhận");
        assertThat(rejected.notice()).startsWith("Nội dung là quảng cáo");
        assertThat(rejected.answer()).isNull();
        assertThat(rejected.rateable()).isFalse();
    }

    @Test
    void deskFeedbackSkipsTriage() {
        ProcessInstance feedback = start(feedback("khac", "Hỏi giờ tiếp dân", "Hỏi giờ tiếp dân " + System.nanoTime(),
                "0912 345 678"));
        assertThat(feedback).hasNotPassed("triageFeedback").isWaitingAt("assignOfficer");
    }

    @Test
    void thePublicAnswerMayNotNameTheSenderWhoGetsTheirOwnReplyAndEveryoneSeesTheHeadsInstruction() {
        String mail = uniqueAddress("hung.nv");
        Map<String, Object> variables = feedback("khac", "Xin cấp lại giấy xác nhận cư trú",
                "Tôi cần giấy xác nhận cư trú gấp " + System.nanoTime(), mail);
        variables.put("senderName", "Nguyễn Văn Hùng");
        ProcessInstance feedback = start(variables);
        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "vp.officer",
                "assignmentNote", "Trả lời trong 3 ngày, nêu rõ thủ tục trực tuyến."));

        Task draft = task(feedback.getId(), "draftAnswer");
        Map<String, Object> draftForm = formVariables(draft);
        assertThat(draftForm).containsEntry("assignmentNote", "Trả lời trong 3 ngày, nêu rõ thủ tục trực tuyến.");
        // no support units: no list of contributions (the form says "Không có", TasklistInVietnameseBrowserTest)
        assertThat(draftForm).doesNotContainKey("contributions");
        assertThatThrownBy(() -> submit(draft, Map.of("answer", "Cảm ơn ông NGUYEN VAN HUNG đã phản ánh.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("Nội dung công khai (answer)")
                .hasMessageContaining("nêu tên người gửi");
        assertThatThrownBy(() -> submit(draft, Map.of("answer", "Phường đã gửi hướng dẫn tới bà/ông Văn Hùng.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("answer");
        assertThatThrownBy(() -> submit(draft, Map.of("answer", "Phường đã gửi hướng dẫn tới " + mail.toUpperCase())))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("liên hệ");
        assertThat(feedback).isWaitingAt("draftAnswer");

        String publicAnswer = "Giấy xác nhận cư trú được cấp trong ngày tại bộ phận một cửa hoặc trên Cổng dịch vụ công.";
        String reply = "Kính gửi ông Nguyễn Văn Hùng: giấy của ông đã sẵn sàng, mời ông nhận tại bộ phận một cửa.";
        submit(draft, Map.of("answer", publicAnswer, "senderReply", reply));

        Task approval = task(feedback.getId(), "approveAnswer");
        assertThat(formVariables(approval)).containsEntry("answer", publicAnswer).containsEntry("senderReply", reply)
                .containsEntry("assignmentNote", "Trả lời trong 3 ngày, nêu rõ thủ tục trực tuyến.");
        submit(approval, Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        assertThat(row(feedback).answer()).isEqualTo(publicAnswer);
        assertThat(residents.status(trackingCode(feedback)).orElseThrow().answer()).isEqualTo(publicAnswer);
        assertThat(residents.publishedAnswers(0, ResidentFeedback.MAX_PAGE_SIZE).items()).anySatisfy(item -> {
            assertThat(item.caseNumber()).isEqualTo(feedback.getBusinessKey());
            assertThat(item.answer()).isEqualTo(publicAnswer).doesNotContain("Hùng");
        });
        assertThat(TestMailServer.bodiesTo(mail)).singleElement().asString().contains(reply)
                .doesNotContain(publicAnswer);
    }

    @Test
    void theSecondPhoneCallStartsEmptyAndTheRedraftShowsTheRatingComment() {
        ProcessInstance feedback = start(feedback("khac", "Hỏi lịch tiêm chủng", "Hỏi lịch tiêm chủng tháng 4 "
                + System.nanoTime(), "0912.345.678"));
        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "vp.officer"));
        Task draft = task(feedback.getId(), "draftAnswer");
        assertThatThrownBy(() -> submit(draft, Map.of("answer", "Xin gọi lại cho người gửi theo số 0912 345 678.")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("answer");
        submit(draft, Map.of("answer", "Lịch tiêm chủng tháng 4 được niêm yết tại trạm y tế."));
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        Task firstCall = task(feedback.getId(), "informByPhone");
        assertThat(formVariables(firstCall).get("phoneResult")).isNull();
        submit(firstCall, Map.of("phoneResult", "Đã gọi lúc 9h ngày 10/03, người gửi đã nghe."));
        assertThat(residents.rate(trackingCode(feedback), 1, "Tôi hỏi ngày cụ thể, không phải nơi niêm yết"))
                .isEqualTo(ResidentFeedback.RatingOutcome.RATED);
        submit(task(feedback.getId(), "reviewAnswer"), Map.of("reviewDecision", "reanswer",
                "reviewNote", "Nêu ngày tiêm cụ thể"));

        Task redraft = task(feedback.getId(), "draftAnswer");
        assertThat(formVariables(redraft)).containsEntry("ratingScore", 1)
                .containsEntry("ratingComment", "Tôi hỏi ngày cụ thể, không phải nơi niêm yết");
        submit(redraft, Map.of("answer", "Tiêm chủng ngày 15/4 tại trạm y tế phường."));
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        Task secondCall = task(feedback.getId(), "informByPhone");
        assertThat(formVariables(secondCall).get("phoneResult")).isNull();
        submit(secondCall, Map.of("phoneResult", "Đã gọi lần hai."));
        assertThat(feedback).isEnded();
        // the first call's result is removed from the case when the second call opens (ADR 0015), kept in its history
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(feedback.getId())
                .variableName("phoneResult").includeDeleted().list()).extracting(v -> v.getValue())
                .contains("Đã gọi lúc 9h ngày 10/03, người gửi đã nghe.", "Đã gọi lần hai.");
    }
}
