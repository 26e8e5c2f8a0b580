package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A superior's answer as the forms send it (ADR 0004): the two values, and a return only with its reason. */
class ApprovalDecisionTest {

    @Test
    void anApprovalNeedsNoReasonAndAReturnNeedsOne() {
        assertThat(ApprovalDecision.of("approve", null, "dự thảo")).isEqualTo(ApprovalDecision.APPROVE);
        assertThat(ApprovalDecision.of("return", "Bổ sung số liệu", "dự thảo")).isEqualTo(ApprovalDecision.RETURN);
        assertThatThrownBy(() -> ApprovalDecision.of("return", "  ", "dự thảo kế hoạch")).isInstanceOf(Refusal.class)
                .hasMessage("Cần ghi lý do trả lại dự thảo kế hoạch ('returnReason')");
        assertThatThrownBy(() -> ApprovalDecision.of("return", null, "đề xuất")).isInstanceOf(Refusal.class)
                .hasMessage("Cần ghi lý do trả lại đề xuất ('returnReason')");
    }

    @Test
    void anythingElseIsNoDecision() {
        for (Object sent : new Object[] {null, "", "APPROVE", "approved", "returned", 1}) {
            assertThatThrownBy(() -> ApprovalDecision.of(sent, "lý do", "dự thảo")).as(String.valueOf(sent))
                    .isInstanceOf(Refusal.class).hasMessage("Cần chọn ý kiến ('approvalDecision': approve hoặc return)");
        }
    }
}
