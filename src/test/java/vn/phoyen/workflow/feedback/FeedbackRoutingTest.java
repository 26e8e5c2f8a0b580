package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The support units string of the decision as the list the process keeps. */
class FeedbackRoutingTest {

    final FeedbackRouting routing = new FeedbackRouting();

    @Test
    void splitsOnSpacesAndCommasKeepingOrderWithoutBlanksOrRepeats() {
        assertThat(routing.units("ttdvth vp")).containsExactly("ttdvth", "vp");
        assertThat(routing.units("  ca,  mttq ca ")).containsExactly("ca", "mttq");
    }

    @Test
    void noSupportUnitsIsAnEmptyList() {
        assertThat(routing.units("")).isEmpty();
        assertThat(routing.units("   ")).isEmpty();
        assertThat(routing.units(null)).isEmpty();
    }
}
