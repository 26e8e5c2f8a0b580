package vn.phoyen.workflow.plan.yearclose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalDouble;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;

/** The suggestion at the edges of the ward's default thresholds: commend from 90, remind below 50 or on any not-done. */
class CommendationRuleTest {

    private final CommendationRule rule = new CommendationProperties(90, 50).rule();

    private static UnitResult scored(double mean, int notDone) {
        return new UnitResult("ca", "Công an phường", 2, 2, OptionalDouble.of(mean), OptionalInt.of((int) mean), notDone);
    }

    @Test
    void aMeanOfNinetyIsCommendedEightyNineIsNot() {
        assertThat(rule.suggest(scored(90, 0))).isEqualTo(Proposal.COMMEND);
        assertThat(rule.suggest(scored(89.9, 0))).isEqualTo(Proposal.NONE);
        assertThat(rule.suggest(scored(89, 0))).isEqualTo(Proposal.NONE);
    }

    @Test
    void aMeanBelowFiftyIsRemindedFiftyIsNot() {
        assertThat(rule.suggest(scored(49, 0))).isEqualTo(Proposal.REMIND);
        assertThat(rule.suggest(scored(49.9, 0))).isEqualTo(Proposal.REMIND);
        assertThat(rule.suggest(scored(50, 0))).isEqualTo(Proposal.NONE);
    }

    @Test
    void aTaskNotDoneIsRemindedWhateverTheMean() {
        assertThat(rule.suggest(scored(100, 1))).isEqualTo(Proposal.REMIND);
        assertThat(rule.suggest(scored(70, 2))).isEqualTo(Proposal.REMIND);
    }

    @Test
    void aUnitWithNothingScoredGetsNoSuggestion() {
        assertThat(rule.suggest(new UnitResult("vp", "Văn phòng HĐND và UBND phường", 1, 0, OptionalDouble.empty(),
                OptionalInt.empty(), 0))).isEqualTo(Proposal.NONE);
    }

    @Test
    void theWardsThresholdsAreItsOwnWithinZeroToAHundred() {
        CommendationRule strict = new CommendationProperties(95, 60).rule();
        assertThat(strict.suggest(scored(94, 0))).isEqualTo(Proposal.NONE);
        assertThat(strict.suggest(scored(59, 0))).isEqualTo(Proposal.REMIND);
        assertThatThrownBy(() -> new CommendationProperties(40, 50).rule())
                .hasMessageContaining("remind-below ≤ commend-from");
        assertThatThrownBy(() -> new CommendationProperties(101, 50).rule()).isInstanceOf(IllegalArgumentException.class);
    }
}
