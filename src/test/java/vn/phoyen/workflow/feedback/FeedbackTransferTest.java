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
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.feedback.ResidentFeedback.CaseStatus;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;
import vn.phoyen.workflow.process.CaseFact;
import vn.phoyen.workflow.process.CaseFacts;

/**
 * A matter outside the ward's competence is transferred to the competent body, at the office's triage of web
 * feedback or at the lead unit's assignment: the sender reads the notice naming the body, the case ends as
 * transferred and stays so.
 */
@EngineTest
class FeedbackTransferTest extends FeedbackTestSupport {

    private static final String BODY = "Sở Xây dựng tỉnh Thái Nguyên";

    @Autowired
    CaseFacts facts;

    @BeforeEach
    void onATuesdayMorning() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0));
    }

    @Test
    void theOfficeTransfersWebFeedbackAtTriageAndTheSenderReadsWhereItWent() {
        String code = residents.submit(new NewFeedback("Lê Thị Thu", "0987 111 222", "ha-tang",
                "Quốc lộ 3 đoạn qua phường xuống cấp", "Mặt đường quốc lộ 3 có nhiều ổ gà, xe máy dễ ngã "
                        + System.nanoTime())).trackingCode();
        ProcessInstance feedback = runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("trackingCode", code.replace("-", "")).singleResult();

        assertThat(feedback).isWaitingAt("triageFeedback");
        Task triage = task(feedback.getId(), "triageFeedback");
        assertThatThrownBy(() -> submit(triage, Map.of("triageDecision", "transfer")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("competentBody")
                .hasMessageContaining("Thiếu cơ quan có thẩm quyền");
        assertThatThrownBy(() -> submit(triage, Map.of("triageDecision", "transfer", "competentBody", BODY)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("transferNotice");

        submit(triage, Map.of("triageDecision", "transfer", "competentBody", BODY, "transferNotice",
                "Quốc lộ 3 do tỉnh quản lý; phường đã chuyển phản ánh của bạn đến cơ quan quản lý đường."));

        assertThat(feedback).isEnded().hasPassed("transferFeedback", "feedbackTransferred")
                .hasNotPassed("assignOfficer", "feedbackClosed");
        CaseStatus status = residents.status(code).orElseThrow();
        assertThat(status.status()).isEqualTo("transferred");
        assertThat(status.statusLabel()).isEqualTo("Đã chuyển cơ quan có thẩm quyền");
        assertThat(status.notice()).contains("Quốc lộ 3 do tỉnh quản lý").contains("Cơ quan có thẩm quyền: " + BODY);
        assertThat(status.answer()).isNull();
    }

    @Test
    void theLeadUnitTransfersAtAssignmentAndTheCaseEndsTransferred() {
        ProcessInstance feedback = start(feedback("dat-dai", "Tranh chấp đất rừng ở xã bên",
                "Gia đình tôi có đất rừng ở xã giáp ranh bị lấn chiếm " + System.nanoTime(), "0912 345 678"));

        assertThat(feedback).isWaitingAt("assignOfficer");
        Task assignment = task(feedback.getId(), "assignOfficer");
        assertThatThrownBy(() -> submit(assignment, Map.of("assignmentDecision", "transfer")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("competentBody");

        submit(assignment, Map.of("assignmentDecision", "transfer", "competentBody", "UBND xã Phúc Thuận",
                "transferNotice", "Thửa đất thuộc địa bàn xã Phúc Thuận; phường đã chuyển đơn đến UBND xã."));

        assertThat(feedback).isEnded().hasPassed("assignOfficer", "matterOutsideCompetence",
                "answerOutsideCompetence", "transferFeedback", "feedbackTransferred")
                .hasNotPassed("contributeToAnswer", "draftAnswer", "publishAnswer");
        FeedbackRecords.Row row = row(feedback);
        assertThat(row.status()).isEqualTo(FeedbackStatus.TRANSFERRED);
        assertThat(records.notice(feedback.getId())).hasValueSatisfying(
                notice -> assertThat(notice).contains("Cơ quan có thẩm quyền: UBND xã Phúc Thuận"));
        // the figures count it closed (ended without a resolution), never overdue
        assertThat(facts.of(feedback.getId())).extracting(CaseFact::kind).contains(CaseFact.Kind.ENDED)
                .doesNotContain(CaseFact.Kind.RESOLVED);
    }

    @Test
    void anAssignmentWithoutTheNewChoiceStillAssignsTheOfficer() {
        ProcessInstance feedback = start(feedback("dat-dai", "Lấn chiếm vỉa hè tổ Tân Thịnh",
                "Quán nước lấn chiếm vỉa hè trước số 20 " + System.nanoTime(), "0912 345 678"));

        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "kthtdt.officer"));

        assertThat(feedback).hasPassed("assignOfficer").isWaitingAt("contributeToAnswer");
        assertThat(row(feedback).status()).isEqualTo(FeedbackStatus.IN_PROGRESS);
    }
}
