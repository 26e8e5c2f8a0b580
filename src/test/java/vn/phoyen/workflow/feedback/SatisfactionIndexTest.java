package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.feedback.Satisfaction.QuarterSatisfaction;
import vn.phoyen.workflow.feedback.Satisfaction.UnitSatisfaction;

class SatisfactionIndexTest {

    static FeedbackRecords.Rating rating(String unit, int score, LocalDateTime wardTime) {
        return new FeedbackRecords.Rating(unit, score, wardTime.atZone(WorkingCalendar.ZONE).toInstant());
    }

    @Test
    void withoutRatingsEveryUnitIsListedWithoutAnIndex() {
        List<UnitSatisfaction> units = SatisfactionIndex.perUnit(List.of("vp", "ca"), List.of());

        assertThat(units).extracting(UnitSatisfaction::unit, UnitSatisfaction::ratings, UnitSatisfaction::satisfied,
                UnitSatisfaction::index).containsExactly(tuple("ca", 0, 0, null), tuple("vp", 0, 0, null));
    }

    @Test
    void fourAndFiveAreSatisfiedThreeIsNot() {
        LocalDateTime day = LocalDateTime.of(2026, 5, 4, 10, 0);
        List<UnitSatisfaction> units = SatisfactionIndex.perUnit(List.of("vp"), List.of(rating("vp", 3, day),
                rating("vp", 4, day), rating("vp", 5, day), rating("ca", 1, day)));

        assertThat(units).extracting(UnitSatisfaction::unit, UnitSatisfaction::ratings, UnitSatisfaction::satisfied,
                UnitSatisfaction::index).containsExactly(tuple("ca", 1, 0, 0.0), tuple("vp", 3, 2, 66.7));
    }

    @Test
    void quartersFollowTheDayInHoChiMinhCity() {
        // 31/03 23:30 in the ward is 16:30 UTC: still the first quarter; 01/04 00:10 is 31/03 17:10 UTC: the second
        Instant lastOfMarch = LocalDateTime.of(2026, 3, 31, 23, 30).atZone(WorkingCalendar.ZONE).toInstant();
        assertThat(lastOfMarch.toString()).isEqualTo("2026-03-31T16:30:00Z");
        List<QuarterSatisfaction> quarters = SatisfactionIndex.perUnitAndQuarter(List.of("vhxh"), List.of(
                rating("vhxh", 5, LocalDateTime.of(2026, 1, 1, 0, 0)),
                rating("vhxh", 4, LocalDateTime.of(2026, 3, 31, 23, 30)),
                rating("vhxh", 2, LocalDateTime.of(2026, 4, 1, 0, 10)),
                rating("vhxh", 5, LocalDateTime.of(2026, 12, 31, 23, 59))));

        assertThat(quarters).extracting(QuarterSatisfaction::quarter, quarter -> quarter.satisfaction().ratings(),
                quarter -> quarter.satisfaction().satisfied()).containsExactly(tuple(1, 2, 2), tuple(2, 1, 0),
                        tuple(3, 0, 0), tuple(4, 1, 1));
    }
}
