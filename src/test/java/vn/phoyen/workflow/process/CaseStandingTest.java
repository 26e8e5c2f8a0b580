package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** QĐ 766/QĐ-TTg: a resolution is on time up to and including the due day. */
class CaseStandingTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 31);

    @Test
    void resolvedOnOrBeforeTheDueDayIsOnTime() {
        assertThat(CaseStanding.resolvedOnTime(DUE, DUE)).isTrue();
        assertThat(CaseStanding.resolvedOnTime(DUE.minusDays(1), DUE)).isTrue();
    }

    @Test
    void resolvedTheDayAfterIsLateEvenAcrossTheYear() {
        assertThat(CaseStanding.resolvedOnTime(LocalDate.of(2027, 1, 1), DUE)).isFalse();
    }

    @Test
    void aCaseWithoutADueDayIsAlwaysOnTime() {
        assertThat(CaseStanding.resolvedOnTime(LocalDate.of(2040, 1, 1), null)).isTrue();
    }
}
