package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.dashboard.CaseCounting.Status;

/** The counting rules at their edges, without the engine. */
class CountingRulesTest {

    static final LocalDate DUE = LocalDate.of(2025, 9, 15);

    static CaseFacts resolvedOn(LocalDate resolved) {
        return new CaseFacts("feedback", "PA-1", "pi", "ca", LocalDate.of(2025, 9, 1), DUE, resolved, null);
    }

    @Test
    void resolvedOnTheDueDayItselfIsOnTimeTheDayAfterIsLate() {
        LocalDate to = LocalDate.of(2025, 9, 30);
        assertThat(CaseCounting.statusAt(resolvedOn(DUE.minusDays(1)), to)).isEqualTo(Status.ON_TIME);
        assertThat(CaseCounting.statusAt(resolvedOn(DUE), to)).isEqualTo(Status.ON_TIME);
        assertThat(CaseCounting.statusAt(resolvedOn(DUE.plusDays(1)), to)).isEqualTo(Status.LATE);
    }

    @Test
    void theDayOfAMomentIsItsDayInHoChiMinhCity() {
        ZoneId ward = ZoneId.of("Asia/Ho_Chi_Minh");
        // 23:59 on the due day in the ward is 16:59 UTC the same day: on time
        Date lastMinute = Date.from(LocalDateTime.of(2025, 9, 15, 23, 59).atZone(ward).toInstant());
        // 00:30 the next morning in the ward is still 15/09 in UTC (17:30): late all the same
        Date nextMorning = Date.from(LocalDateTime.of(2025, 9, 16, 0, 30).atZone(ward).toInstant());
        assertThat(ProcessDeadlines.toLocalDate(lastMinute)).isEqualTo(DUE);
        assertThat(ProcessDeadlines.toLocalDate(nextMorning)).isEqualTo(DUE.plusDays(1));
        // a deadline as the engine stores it (end of its day) falls on its day
        assertThat(ProcessDeadlines.toLocalDate(ProcessDeadlines.endOf(DUE))).isEqualTo(DUE);
    }

    @Test
    void aCaseStandsAsItDidAtTheEndOfTheLastDay() {
        // resolved after the period: still pending then, and past its due day
        assertThat(CaseCounting.statusAt(resolvedOn(LocalDate.of(2025, 9, 20)), LocalDate.of(2025, 9, 19)))
                .isEqualTo(Status.OVERDUE);
        // open with its due day the period's last day: not overdue yet
        assertThat(CaseCounting.statusAt(resolvedOn(null), DUE)).isEqualTo(Status.OPEN);
        assertThat(CaseCounting.statusAt(resolvedOn(null), DUE.plusDays(1))).isEqualTo(Status.OVERDUE);
        // closed after the period: pending then
        CaseFacts withdrawn = new CaseFacts("complaint", "KN-1", "pi", "vp", LocalDate.of(2025, 9, 1), DUE, null,
                LocalDate.of(2025, 9, 10));
        assertThat(CaseCounting.statusAt(withdrawn, LocalDate.of(2025, 9, 9))).isEqualTo(Status.OPEN);
        assertThat(CaseCounting.statusAt(withdrawn, LocalDate.of(2025, 9, 10))).isEqualTo(Status.CLOSED);
        // no deadline: never late, never overdue
        CaseFacts reception = new CaseFacts("citizen-reception", "TD-1", "pi", "vp", DUE, null, null, null);
        assertThat(CaseCounting.statusAt(reception, DUE.plusYears(1))).isEqualTo(Status.OPEN);
    }

    @Test
    void bothEndsOfThePeriodAreIncluded() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate to = LocalDate.of(2025, 9, 30);
        assertThat(CaseCounting.receivedIn(received(from.minusDays(1)), from, to)).isFalse();
        assertThat(CaseCounting.receivedIn(received(from), from, to)).isTrue();
        assertThat(CaseCounting.receivedIn(received(to), from, to)).isTrue();
        assertThat(CaseCounting.receivedIn(received(to.plusDays(1)), from, to)).isFalse();
    }

    static CaseFacts received(LocalDate day) {
        return new CaseFacts("feedback", "PA-1", "pi", "ca", day, null, null, null);
    }

    @Test
    void nothingResolvedGivesNoRateRatherThanZero() {
        assertThat(CaseCounting.rate(0, 0)).isNull();
        assertThat(CaseCounting.rate(0, 3)).isEqualTo(0.0);
        // 2 / 3 = 66.67 %, shown with one decimal
        assertThat(CaseCounting.rate(2, 3)).isEqualTo(66.7);
        assertThat(CaseCounting.rate(3, 3)).isEqualTo(100.0);
    }

    @Test
    void aCommitmentIsDoneWhenItsProcessCompletedByTheEndOfTheLastDay() {
        LocalDate to = LocalDate.of(2025, 9, 30);
        assertThat(DialogueCounting.commitmentStatus(new DialogueFacts.Commitment("k", null, "ca", to, to), to))
                .isEqualTo("done");
        assertThat(DialogueCounting.commitmentStatus(new DialogueFacts.Commitment("k", null, "ca", to, null), to))
                .isEqualTo("open");
        assertThat(DialogueCounting.commitmentStatus(
                new DialogueFacts.Commitment("k", null, "ca", to.minusDays(1), to.plusDays(1)), to))
                .isEqualTo("overdue");
        // a conference planned for after today is not held yet, even inside the period
        LocalDate conference = LocalDate.of(2025, 9, 20);
        DialogueFacts planned = new DialogueFacts("pi", "DT-1", conference, List.of());
        assertThat(DialogueCounting.between(List.of(planned), LocalDate.of(2025, 7, 1), to, conference.minusDays(1))
                .held()).isZero();
        assertThat(DialogueCounting.between(List.of(planned), LocalDate.of(2025, 7, 1), to, conference).held())
                .isEqualTo(1);
    }

    @Test
    void aPeriodStandsAtItsLastDayOnceEndedAndAtTodayWhileItRuns() {
        LocalDate today = LocalDate.of(2026, 12, 3);
        assertThat(CaseCounting.standingDay(LocalDate.of(2026, 11, 30), today)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(CaseCounting.standingDay(today, today)).isEqualTo(today);
        assertThat(CaseCounting.standingDay(LocalDate.of(2026, 12, 31), today)).isEqualTo(today);
        CaseFacts dueOn20December = new CaseFacts("complaint", "KN-2026-0009", "pi-9", "vp", LocalDate.of(2026, 11, 20),
                LocalDate.of(2026, 12, 20), null, null);
        // the year 2026 seen on 03/12: still open and due on 20/12, so open, not overdue
        assertThat(CaseCounting.statusAt(dueOn20December, CaseCounting.standingDay(LocalDate.of(2026, 12, 31), today)))
                .isEqualTo(Status.OPEN);
        // the same year seen after it ended: overdue
        assertThat(CaseCounting.statusAt(dueOn20December,
                CaseCounting.standingDay(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 5)))).isEqualTo(Status.OVERDUE);
    }
}
