package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryPeriodsTest {

    private static final WorkingCalendar CALENDAR = TestCalendars.shipped();

    private static final List<StatutoryPeriod> AMENDED_TABLE =
            StatutoryPeriodFile.read("calendar-fixtures/statutory-periods-amended.csv");

    private final StatutoryPeriods amended = new StatutoryPeriods(AMENDED_TABLE, CALENDAR, Map.of());

    @Test
    void theDayBeforeTheAmendmentKeepsTheOldPeriod() {
        StatutoryPeriod period = amended.inForce("feedback-answer", date("2026-06-30"));

        assertThat(period.days()).isEqualTo(10);
        assertThat(period.effectiveFrom()).isEqualTo(date("2025-01-01"));
    }

    @Test
    void theAmendmentsEffectiveDateGetsTheNewPeriod() {
        StatutoryPeriod period = amended.inForce("feedback-answer", date("2026-07-01"));

        assertThat(period).isEqualTo(new StatutoryPeriod("feedback-answer", date("2026-07-01"), 7, DayCount.WORKING,
                "Tiêu chuẩn phục vụ mới, sau sửa đổi"));
    }

    @Test
    void deadlinesUseThePeriodInForceOnTheEventDate() {
        assertThat(amended.deadline("feedback-answer", date("2026-06-30"))).isEqualTo(date("2026-07-14"));
        assertThat(amended.deadline("feedback-answer", date("2026-07-01"))).isEqualTo(date("2026-07-10"));
    }

    @Test
    void unknownCodeIsRefusedByName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> amended.inForce("feedback-anwser", date("2026-01-05")))
                .withMessage("không có thời hạn luật định mã 'feedback-anwser'");
    }

    @Test
    void aDateBeforeTheFirstRowIsRefusedByDate() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> amended.inForce("feedback-answer", date("2024-12-31")))
                .withMessage("thời hạn 'feedback-answer' chưa có hiệu lực vào ngày 2024-12-31 "
                        + "(sớm nhất có hiệu lực từ 2025-01-01)");
    }

    @Test
    void anOverrideFromConfigurationReplacesTheDaysOfThePeriodInForce() {
        StatutoryPeriods overridden = new StatutoryPeriods(AMENDED_TABLE, CALENDAR, Map.of("feedback-answer", 5));

        assertThat(overridden.inForce("feedback-answer", date("2026-06-30")).days()).isEqualTo(5);
        assertThat(overridden.inForce("feedback-answer", date("2026-07-01")).days()).isEqualTo(5);
        // 25/04 F, 26/04 make-up Sa, 28/04 M, 29/04 Tu, then the break until 05/05
        assertThat(overridden.deadline("feedback-answer", date("2025-04-24"))).isEqualTo(date("2025-05-05"));
    }

    @Test
    void anOverrideLeavesOtherPeriodsAlone() {
        StatutoryPeriods overridden = new StatutoryPeriods(AMENDED_TABLE, CALENDAR, Map.of("feedback-answer", 5));

        assertThat(overridden.inForce("complaint-acceptance", date("2026-01-05")).days()).isEqualTo(10);
    }

    @Test
    void anOverrideOfAnUnknownCodeIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryPeriods(AMENDED_TABLE, CALENDAR, Map.of("feedback-answr", 5)))
                .withMessage("ward.calendar.period-overrides: không có thời hạn luật định mã 'feedback-answr'");
    }

    @Test
    void anOverrideOfZeroDaysIsRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryPeriods(AMENDED_TABLE, CALENDAR, Map.of("feedback-answer", 0)))
                .withMessage("ward.calendar.period-overrides.feedback-answer: số ngày phải từ 1 trở lên, đang là 0");
    }

    @Test
    void aPeriodSetByLawMayBeShortened() {
        StatutoryPeriods shipped = new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                CALENDAR, Map.of("complaint-acceptance", 7));

        assertThat(shipped.inForce("complaint-acceptance", date("2026-01-05")).days()).isEqualTo(7);
    }

    @Test
    void aPeriodSetByLawIsNeverLengthened() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                        CALENDAR, Map.of("complaint-acceptance", 15)))
                .withMessage("ward.calendar.period-overrides.complaint-acceptance: 15 ngày dài hơn thời hạn luật định "
                        + "10 ngày (Luật Khiếu nại 2011 (02/2011/QH13) Điều 27, hiệu lực từ 2012-07-01); "
                        + "chỉ được rút ngắn thời hạn do luật định");
    }

    @Test
    void theWardsOwnStandardMayBeLengthened() {
        StatutoryPeriods shipped = new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                CALENDAR, Map.of("feedback-answer", 15, "complaint-notice", 5));

        assertThat(shipped.inForce("feedback-answer", date("2026-01-05")).days()).isEqualTo(15);
        assertThat(shipped.inForce("complaint-notice", date("2026-01-05")).days()).isEqualTo(5);
    }

    @ParameterizedTest(name = "{0}: {2} {3} days from {1}")
    @CsvSource({
            "complaint-acceptance,                     2012-07-01, 10, CALENDAR",
            "complaint-resolution,                     2012-07-01, 30, CALENDAR",
            "complaint-resolution-complex,             2012-07-01, 45, CALENDAR",
            "complaint-resolution-remote,              2012-07-01, 45, CALENDAR",
            "complaint-resolution-complex-remote,      2012-07-01, 60, CALENDAR",
            "complaint-decision-sending,               2012-07-01,  3, WORKING",
            "complaint-time-limit,                     2012-07-01, 90, CALENDAR",
            "complaint-response,                       2012-07-01, 30, CALENDAR",
            "complaint-response-remote,                2012-07-01, 45, CALENDAR",
            "complaint-decision-effect,                2012-07-01, 30, CALENDAR",
            "complaint-decision-effect-remote,         2012-07-01, 45, CALENDAR",
            "complaint-notice,                         2025-01-01,  3, WORKING",
            "complaint-implementation,                 2025-01-01, 10, WORKING",
            "denunciation-initial-processing,          2019-01-01,  7, WORKING",
            "denunciation-initial-processing-extended, 2019-01-01, 10, WORKING",
            "denunciation-resolution,                  2019-01-01, 30, CALENDAR",
            "denunciation-extension,                   2019-01-01, 30, CALENDAR",
            "denunciation-publication,                 2019-01-01,  7, WORKING",
            "feedback-answer,                          2025-01-01, 10, WORKING",
            "feedback-rating-window,                   2025-01-01, 15, CALENDAR",
            "dialogue-notice,                          2025-07-01,  7, CALENDAR",
            "dialogue-results-publication,             2025-07-01, 10, CALENDAR",
    })
    void theShippedTableHoldsTheLawsPeriods(String code, LocalDate effectiveFrom, int days, DayCount count) {
        StatutoryPeriods shipped = new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                CALENDAR, Map.of());

        StatutoryPeriod period = shipped.inForce(code, date("2026-01-05"));

        assertThat(period.effectiveFrom()).isEqualTo(effectiveFrom);
        assertThat(period.days()).isEqualTo(days);
        assertThat(period.count()).isEqualTo(count);
        assertThat(period.citation()).isNotBlank();
    }

    @Test
    void complaintAcceptanceCountsCalendarDaysAndLeavesTheNewYearBreak() {
        StatutoryPeriods shipped = new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                CALENDAR, Map.of());

        assertThat(shipped.deadline("complaint-acceptance", date("2025-12-22"))).isEqualTo(date("2026-01-05"));
    }

    @Test
    void feedbackAnswerCountsWorkingDaysThroughTheMay2025Break() {
        StatutoryPeriods shipped = new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION),
                CALENDAR, Map.of());

        assertThat(shipped.deadline("feedback-answer", date("2025-04-24"))).isEqualTo(date("2025-05-12"));
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
