package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Decision 766 rates at their edges, on hand-made dossiers, without the engine. */
class IndicatorsTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void noDossiersGiveNoRateRatherThanZeroPercent() {
        Indicators none = Indicators.NONE;

        assertThat(none.onTimeRate()).isEqualTo(new Indicators.Rate(0, 0, null));
        assertThat(none.onlineRate().percent()).isNull();
        assertThat(none.digitisationRate().percent()).isNull();
        assertThat(none.satisfactionRate().percent()).isNull();
    }

    @Test
    void ratesAreRoundedToATenthOfAPercentWithTheNumbersBehindThem() {
        assertThat(Indicators.Rate.of(2, 3)).isEqualTo(new Indicators.Rate(2, 3, new BigDecimal("66.7")));
        assertThat(Indicators.Rate.of(1, 3).percent()).isEqualByComparingTo("33.3");
        assertThat(Indicators.Rate.of(3, 3).percent()).isEqualByComparingTo("100");
        assertThat(Indicators.Rate.of(0, 3).percent()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> Indicators.Rate.of(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theAppointmentDayItselfIsOnTimeTheDayAfterIsLate() {
        assertThat(settled("A", "2026-03-10", "2026-03-10").settledOnTime()).isTrue();
        assertThat(settled("B", "2026-03-10", "2026-03-11").settledOnTime()).isFalse();
        assertThat(settled("C", "2026-03-10", "2026-03-02").settledOnTime()).isTrue();
    }

    @Test
    void aSmallFixtureMatchesTheHandCounts() {
        List<Dossier> fixture = List.of(
                // received and settled in the period: on the appointment day, online, digitised, satisfied
                dossier("A", "2026-03-02", "2026-03-10", "2026-03-10", Channel.ONLINE, true, "satisfied"),
                // a day late, direct, not digitised, evaluated 2 (dissatisfied)
                dossier("B", "2026-03-02", "2026-03-10", "2026-03-11", Channel.DIRECT, false, "2"),
                // received in the period, still pending: counts as received only
                dossier("C", "2026-03-20", "2026-04-02", null, Channel.POSTAL, true, null),
                // received before the period, settled in it, early, rated 5
                dossier("D", "2025-12-29", "2026-01-08", "2026-01-06", Channel.ONLINE, false, "5"),
                // received in the period, settled after it: received only
                dossier("E", "2026-03-30", "2026-04-06", "2026-04-01", Channel.ONLINE, true, "not-satisfied"));

        Indicators counts = fixture.stream().map(dossier -> Indicators.of(dossier, FROM, TO))
                .reduce(Indicators.NONE, Indicators::plus);

        // received A, B, C, E; online A, E; digitised A, C, E; settled A, B, D; on time A, D; dissatisfied B
        assertThat(counts).isEqualTo(new Indicators(4, 2, 3, 3, 2, 3, 1));
        assertThat(counts.onTimeRate()).isEqualTo(new Indicators.Rate(2, 3, new BigDecimal("66.7")));
        assertThat(counts.onlineRate()).isEqualTo(new Indicators.Rate(2, 4, new BigDecimal("50.0")));
        assertThat(counts.digitisationRate()).isEqualTo(new Indicators.Rate(3, 4, new BigDecimal("75.0")));
        assertThat(counts.satisfactionRate()).isEqualTo(new Indicators.Rate(2, 3, new BigDecimal("66.7")));
        assertThat(counts.settledLate()).isEqualTo(1);
    }

    @Test
    void scoresOfOneAndTwoAreDissatisfiedThreeToFiveAreNot() {
        assertThat(List.of("1", "2", "not-satisfied")).allMatch(code -> new Evaluation(code).dissatisfied());
        assertThat(List.of("3", "4", "5", "satisfied")).noneMatch(code -> new Evaluation(code).dissatisfied());
        assertThat(Evaluation.parse("")).isEmpty();
        assertThatThrownBy(() -> Evaluation.parse("0")).isInstanceOf(IllegalArgumentException.class);
    }

    static Dossier settled(String code, String appointment, String settled) {
        return dossier(code, "2026-03-02", appointment, settled, Channel.DIRECT, false, null);
    }

    static Dossier dossier(String code, String received, String appointment, String settled, Channel channel,
            boolean digitised, String evaluation) {
        return new Dossier(code, "Thủ tục", ProcedureField.CIVIL_STATUS, "vp", channel, LocalDate.parse(received),
                LocalDate.parse(appointment), settled == null ? null : LocalDate.parse(settled), null,
                settled == null ? DossierStatus.PROCESSING : DossierStatus.SETTLED, digitised,
                evaluation == null ? null : new Evaluation(evaluation), LocalDateTime.of(2026, 4, 1, 0, 0));
    }
}
