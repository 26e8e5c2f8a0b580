package vn.phoyen.workflow.incidents.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The attempts an incident message names, counted as the engine counts a retry cycle's runs. */
class FailedStepIncidentsTest {

    @Test
    void aRepeatedCycleRunsAsOftenAsItSays() {
        assertThat(FailedStepIncidents.attempts("R3/PT5M")).isEqualTo(3);
        assertThat(FailedStepIncidents.attempts(" R5/PT1M ")).isEqualTo(5);
    }

    @Test
    void aListOfWaitsRunsOnceMoreThanItHasWaits() {
        assertThat(FailedStepIncidents.attempts("PT10S,PT5M,PT10M")).isEqualTo(4);
        assertThat(FailedStepIncidents.attempts("PT3M, PT10M")).isEqualTo(3);
        assertThat(FailedStepIncidents.attempts("PT8M")).isEqualTo(2);
    }

    @Test
    void noCycleIsTheEnginesThreeRuns() {
        assertThat(FailedStepIncidents.attempts(null)).isEqualTo(3);
        assertThat(FailedStepIncidents.attempts(" ")).isEqualTo(3);
    }
}
