package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/**
 * Feedback received from the national portal is answered there too: after publication the case office downloads the
 * answer, posts it on the portal and records the day; the system records who recorded it and when.
 */
@EngineTest
class FeedbackPortalPostingTest extends FeedbackTestSupport {

    @Autowired
    FeedbackFlow flow;

    @AfterEach
    void loggedOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void theCaseOfficePostsThePortalsAnswerBackAndRecordsWhenAndWho() {
        Map<String, Object> start = feedback("moi-truong", "Khói đốt rác ở bãi đất trống tổ 5",
                "Mỗi tối có người đốt rác ở bãi đất trống, khói bay vào nhà " + System.nanoTime(), "0912 345 678");
        start.put("channel", "portal");
        ProcessInstance feedback = start(start);
        answerAndApprove(feedback, "kthtdt.officer", "Phường đã lập biên bản và cấm đốt rác tại bãi đất trống.");

        assertThat(feedback).hasPassed("publishAnswer").isWaitingAt("postToPortal");
        Task posting = task(feedback.getId(), "postToPortal");
        assertThat(posting.getName()).startsWith("Đăng câu trả lời lên Cổng dịch vụ công quốc gia");
        assertThat(candidateGroups(posting)).containsExactly("vp");
        // two working days from Friday 06/03: Tuesday 10/03
        assertThat(posting.getDueDate()).isEqualTo(endOfDay(2026, 3, 10));

        // the file the office uploads: the published answer, without the sender
        FeedbackFlow.PortalAnswer file = flow.portalAnswer(feedback.getBusinessKey()).orElseThrow();
        assertThat(file.answer()).isEqualTo("Phường đã lập biên bản và cấm đốt rác tại bãi đất trống.");
        assertThat(file.caseNumber()).isEqualTo(feedback.getBusinessKey());
        assertThat(file.answeredOn()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(file.toString()).doesNotContain("Phạm Văn Minh", "0912 345 678");

        assertThatThrownBy(() -> submit(posting, Map.of())).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("portalPostedOn");
        engine.getIdentityService().setAuthentication("vp.officer", List.of("vp"));
        submit(posting, Map.of("portalPostedOn", EngineClock.at(LocalDateTime.of(2026, 3, 6, 0, 0)),
                "portalReference", "PAKN-2026-000123"));

        assertThat(feedback).hasPassed("postToPortal", "portalAnswerPosted").isWaitingAt("ratingWait");
        assertThat(variable(feedback, "portalPostedBy")).isEqualTo("vp.officer");
        assertThat(variable(feedback, "portalRecordedAt")).isNotNull();
        assertThat(variable(feedback, "portalReference")).isEqualTo("PAKN-2026-000123");
    }

    @Test
    void feedbackFromTheDeskIsNotPostedOnThePortal() {
        ProcessInstance feedback = start(feedback("moi-truong", "Tiếng ồn xưởng gỗ tổ 7",
                "Xưởng gỗ chạy máy đến 23 giờ mỗi đêm " + System.nanoTime(), "0912 345 678"));
        answerAndApprove(feedback, "kthtdt.officer", "Phường đã yêu cầu xưởng gỗ dừng máy sau 22 giờ.");

        assertThat(feedback).hasPassed("publishAnswer", "noPortalPosting").hasNotPassed("postToPortal");
        assertThat(flow.portalAnswer("PA-2026-9999")).isEmpty();
    }
}
