package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.feedback.FeedbackRecords.RatingCount;
import vn.phoyen.workflow.feedback.Satisfaction.UnitSatisfaction;

/** The counting itself (4 and 5 satisfied, quarters in the ward's time zone) is ResidentFeedbackTest's, on the database. */
class SatisfactionIndexTest {

    @Test
    void withoutRatingsEveryUnitIsListedWithoutAnIndex() {
        List<UnitSatisfaction> units = SatisfactionIndex.perUnit(List.of("vp", "ca"), List.of());

        assertThat(units).extracting(UnitSatisfaction::unit, UnitSatisfaction::ratings, UnitSatisfaction::satisfied,
                UnitSatisfaction::index).containsExactly(tuple("ca", 0, 0, null), tuple("vp", 0, 0, null));
    }

    @Test
    void aRatedUnitNotNamedIsListedTooAndTheIndexIsTheSatisfiedShare() {
        List<UnitSatisfaction> units = SatisfactionIndex.perUnit(List.of("vp"),
                List.of(new RatingCount("vp", 3, 2), new RatingCount("ca", 1, 0)));

        assertThat(units).extracting(UnitSatisfaction::unit, UnitSatisfaction::ratings, UnitSatisfaction::satisfied,
                UnitSatisfaction::index).containsExactly(tuple("ca", 1, 0, 0.0), tuple("vp", 3, 2, 66.7));
    }
}
