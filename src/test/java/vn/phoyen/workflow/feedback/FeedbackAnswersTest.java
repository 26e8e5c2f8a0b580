package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class FeedbackAnswersTest {

    @Test
    void theDuplicateDecisionIsMergeOrKeep() {
        assertThat(FeedbackAnswers.problem("decideDuplicate", Map.of("duplicateDecision", "merge"))).isEmpty();
        assertThat(FeedbackAnswers.problem("decideDuplicate", Map.of("duplicateDecision", "keep"))).isEmpty();
        assertThat(FeedbackAnswers.problem("decideDuplicate", Map.of())).get().asString()
                .contains("duplicateDecision", "merge", "keep");
    }

    @Test
    void anAssignmentNamesTheOfficerAndAContributionSaysSomething() {
        assertThat(FeedbackAnswers.problem("assignOfficer", Map.of("answerOfficer", "vp.officer"))).isEmpty();
        assertThat(FeedbackAnswers.problem("assignOfficer", Map.of("answerOfficer", " "))).get().asString()
                .contains("answerOfficer");
        assertThat(FeedbackAnswers.problem("contributeToAnswer", Map.of())).get().asString().contains("contribution");
    }

    @Test
    void anAnswerIsRequiredAndAtMost8000Characters() {
        assertThat(FeedbackAnswers.problem("draftAnswer", Map.of("answer", "x".repeat(8000)))).isEmpty();
        assertThat(FeedbackAnswers.problem("draftAnswer", Map.of("answer", "x".repeat(8001)))).get().asString()
                .contains("answer", "8000");
        assertThat(FeedbackAnswers.problem("draftAnswer", Map.of())).get().asString().contains("answer");
    }

    @Test
    void aReturnNeedsItsReasonAnApprovalDoesNot() {
        assertThat(FeedbackAnswers.problem("approveAnswer", Map.of("approvalDecision", "approve"))).isEmpty();
        assertThat(FeedbackAnswers.problem("approveAnswer", Map.of("approvalDecision", "return"))).get().asString()
                .contains("returnReason");
        assertThat(FeedbackAnswers.problem("approveAnswer", Map.of("approvalDecision", "return",
                "returnReason", "Thiếu căn cứ"))).isEmpty();
        assertThat(FeedbackAnswers.problem("approveAnswer", Map.of("approvalDecision", "sign"))).get().asString()
                .contains("approvalDecision");
    }

    @Test
    void aReanswerSaysWhatToAnswerAgainUpholdingNeedsNoNote() {
        assertThat(FeedbackAnswers.problem("reviewAnswer", Map.of("reviewDecision", "uphold"))).isEmpty();
        assertThat(FeedbackAnswers.problem("reviewAnswer", Map.of("reviewDecision", "reanswer"))).get().asString()
                .contains("reviewNote");
        assertThat(FeedbackAnswers.problem("reviewAnswer", Map.of())).get().asString().contains("reviewDecision");
    }

    @Test
    void otherStepsAreNotChecked() {
        assertThat(FeedbackAnswers.problem("informByPhone", Map.of())).isEmpty();
    }
}
