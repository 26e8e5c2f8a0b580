package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.feedback.ResidentFeedback.RatingOutcome;

/**
 * A feedback case's history keeps its steps, events, decisions and jobs' ends, not what no one reads: its gateways'
 * passages, its jobs' creations, its tasks' links (ADR 0016).
 */
class FeedbackHistoryTest extends FeedbackTestSupport {

    @Test
    void aRatedCaseHistoryHoldsEveryStepAndNoGatewayNorJobCreationNorTaskLink() {
        ProcessInstance feedback = waitingForItsRating("Nước thải tràn ra đường tổ 7",
                "Cống tổ 7 tắc, nước thải tràn ra đường", "Đội công trình đã thông cống tổ 7 ngày 9/3.");
        // the event-based gateway waits, and its passage is not written even when it ends
        assertThat(residents.rate(trackingCode(feedback), 5, "Cảm ơn")).isEqualTo(RatingOutcome.RATED);

        assertThat(feedback).isEnded();
        List<HistoricActivityInstance> history = stepsWithoutAGateway(feedback);
        assertThat(history).extracting(HistoricActivityInstance::getActivityId).contains("feedbackReceived",
                "routeFeedback", "registerFeedback", "answerCase", "assignOfficer", "draftAnswer", "approveAnswer",
                "answerApproved", "publishAnswer", "feedbackRated", "recordRating", "feedbackClosed");
        assertThat(history).allMatch(step -> step.getEndTime() != null);
        HistoryService historyService = engine.getHistoryService();
        // the answer's overdue timer and the rating window's, both ended unfired: their deletions, no creation
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(feedback.getId()).list())
                .extracting(HistoricJobLog::isDeletionLog).containsExactly(true, true);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(feedback.getId()).list())
                .hasSize(3).allSatisfy(task -> assertThat(historyService.createHistoricIdentityLinkLogQuery()
                        .taskId(task.getId()).count()).isZero());
        // what was decided on the way is still in the variables' history
        assertThat(variable(feedback, "approvalDecision")).isEqualTo("approve");
        assertThat(variable(feedback, "ratingScore")).isEqualTo(5);
    }

    @Test
    void aCaseMovedToAnotherVersionOfItsModelWhileWaitingForItsRatingStillWritesNoGateway() {
        ProcessInstance feedback = waitingForItsRating("Đèn đường tổ 3 không sáng",
                "Ba cột đèn đầu ngõ tổ 3 tắt từ tuần trước", "Điện lực đã thay bóng đèn tổ 3 ngày 10/3.");
        // Cockpit's migration, here to the version the case runs on: every step mapped to itself
        String definition = feedback.getProcessDefinitionId();
        MigrationPlan plan = engine.getRuntimeService().createMigrationPlan(definition, definition).mapEqualActivities()
                .build();
        engine.getRuntimeService().newMigration(plan).processInstanceIds(feedback.getId()).execute();

        assertThat(feedback).isWaitingAt("ratingWait");
        assertThat(residents.rate(trackingCode(feedback), 4, "Đã sáng")).isEqualTo(RatingOutcome.RATED);
        assertThat(feedback).isEnded();
        stepsWithoutAGateway(feedback);
        assertThat(variable(feedback, "ratingScore")).isEqualTo(4);
    }

    /** An environment case received at the desk, answered by kthtdt and approved: published, waiting for its rating. */
    private ProcessInstance waitingForItsRating(String title, String content, String answer) {
        ProcessInstance feedback = start(feedback("moi-truong", title, content + " " + System.nanoTime(),
                uniqueAddress("nguoigui")));
        answerAndApprove(feedback, "kthtdt.officer", answer);
        assertThat(feedback).isWaitingAt("ratingWait");
        return feedback;
    }

    /** The case's steps in history, asserted to hold no gateway's passage. */
    private List<HistoricActivityInstance> stepsWithoutAGateway(ProcessInstance feedback) {
        List<HistoricActivityInstance> history = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(feedback.getId()).list();
        assertThat(history).isNotEmpty().extracting(HistoricActivityInstance::getActivityType)
                .noneMatch(type -> type.endsWith("Gateway"));
        return history;
    }
}
