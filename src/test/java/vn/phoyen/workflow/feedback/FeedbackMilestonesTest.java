package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The standing the feedback model's variables give (the figures' former CaseProcedure rules, moved here). */
class FeedbackMilestonesTest {

    @Test
    void theLeadUnitIsTheOneRoutingChose() {
        assertThat(new FeedbackMilestones().standing(Map.of("leadUnit", "kthtdt")).unit()).isEqualTo("kthtdt");
    }
}
