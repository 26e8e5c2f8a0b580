package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs against the real holidays files of 2025 and 2026, and the Labour Code's provisional 2027. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = TestCalendars.shipped();

    @Test
    void ordinaryWeekSkipsTheWeekend() {
        assertThat(calendar.addWorkingDays(date("2025-03-06"), 2)).isEqualTo(date("2025-03-10"));
    }

    @Test
    void theEventDayIsNotCounted() {
        assertThat(calendar.addWorkingDays(date("2025-03-10"), 1)).isEqualTo(date("2025-03-11"));
    }

    @Test
    void tet2025IsSkipped() {
        assertThat(calendar.addWorkingDays(date("2025-01-24"), 1)).isEqualTo(date("2025-02-03"));
    }

    @Test
    void tet2026IsSkipped() {
        assertThat(calendar.addWorkingDays(date("2026-02-13"), 1)).isEqualTo(date("2026-02-23"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-01-01", "2025-01-27", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-01",
            "2025-09-01", "2025-09-02", "2026-01-01", "2026-02-16", "2026-02-20", "2026-04-30", "2026-05-01",
            "2026-09-01", "2026-09-02" })
    void officialHolidaysAreDaysOff(String day) {
        assertThat(calendar.isWorkingDay(date(day))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-05-02", "2026-01-02", "2026-08-31" })
    void swappedWorkingDaysAreDaysOff(String day) {
        assertThat(calendar.isWorkingDay(date(day))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "2025-04-26", "2026-01-10", "2026-08-22" })
    void makeUpSaturdaysAreWorkingDays(String day) {
        assertThat(calendar.isWorkingDay(date(day))).isTrue();
    }

    @Test
    void anOrdinarySaturdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(date("2025-04-19"))).isFalse();
    }

    @Test
    void oneWorkingDayAfterTheFridayBeforeTheMakeUpSaturdayIsThatSaturday() {
        assertThat(calendar.addWorkingDays(date("2025-04-25"), 1)).isEqualTo(date("2025-04-26"));
    }

    @Test
    void countingThroughTheLongMay2025BreakUsesTheMakeUpSaturday() {
        // 25/04 F, 26/04 make-up Sa, 28/04 M, 29/04 Tu, then off 30/04–04/05, 05/05 M
        assertThat(calendar.addWorkingDays(date("2025-04-24"), 5)).isEqualTo(date("2025-05-05"));
    }

    @Test
    void compensatoryMondayForGioTo2026IsOff() {
        assertThat(calendar.isWorkingDay(date("2026-04-27"))).isFalse();
        assertThat(calendar.addWorkingDays(date("2026-04-24"), 1)).isEqualTo(date("2026-04-28"));
    }

    @Test
    void workingDaysAcrossNewYear2026SkipTheHolidayTheSwappedFridayAndTheWeekend() {
        assertThat(calendar.addWorkingDays(date("2025-12-31"), 1)).isEqualTo(date("2026-01-05"));
    }

    @Test
    void calendarDaysLandingOnNewYear2026MoveToMonday5January() {
        assertThat(calendar.addCalendarDays(date("2025-12-22"), 10)).isEqualTo(date("2026-01-05"));
    }

    @ParameterizedTest(name = "{0} + 10 calendar days = {1}")
    @CsvSource({
            "2025-03-03, 2025-03-13", // lands on a Thursday: stays
            "2025-03-05, 2025-03-17", // lands on Saturday 15/03: moves to Monday
            "2025-04-20, 2025-05-05", // lands on 30/04: moves past the whole 30/4–1/5 break
            "2025-01-17, 2025-02-03", // lands on the first Tết day 27/01/2025
            "2025-04-16, 2025-04-26", // lands on the make-up Saturday: stays
            "2026-08-12, 2026-08-22", // lands on the make-up Saturday: stays
    })
    void tenCalendarDaysMoveOffADayOffButStayOnAWorkingDay(String event, String expected) {
        assertThat(calendar.addCalendarDays(date(event), 10)).isEqualTo(date(expected));
    }

    @Test
    void zeroWorkingDaysIsTheEventDay() {
        assertThat(calendar.addWorkingDays(date("2025-03-08"), 0)).isEqualTo(date("2025-03-08"));
    }

    @Test
    void negativeWorkingDaysAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.addWorkingDays(date("2025-03-10"), -1))
                .withMessage("số ngày không được âm: -1");
    }

    @Test
    void subtractingWorkingDaysStepsBackOverTet() {
        assertThat(calendar.subtractWorkingDays(date("2026-02-23"), 1)).isEqualTo(date("2026-02-13"));
    }

    @Test
    void subtractingWorkingDaysCountsTheMakeUpSaturday() {
        assertThat(calendar.subtractWorkingDays(date("2025-04-28"), 1)).isEqualTo(date("2025-04-26"));
    }

    @Test
    void aComplaintReceivedOn3December2026GetsItsDeadlineInTheProvisional2027() {
        // Luật Khiếu nại Art. 28: 30 days → Saturday 02/01/2027, moved to Monday 04/01/2027 (Civil Code Art. 148)
        assertThat(calendar.addCalendarDays(date("2026-12-03"), 30)).isEqualTo(date("2027-01-04"));
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
    }

    @Test
    void workingDaysCrossIntoTheProvisionalYearSkippingNewYearsDay() {
        // Thursday 31/12/2026 + 1 working day: Friday 01/01/2027 is Tết Dương lịch (Labour Code Art. 112(1)(a))
        assertThat(calendar.addWorkingDays(date("2026-12-31"), 1)).isEqualTo(date("2027-01-04"));
        assertThat(calendar.addWorkingDays(date("2026-12-28"), 5)).isEqualTo(date("2027-01-05"));
    }

    @Test
    void subtractingFromTheProvisionalYearStepsBackIntoTheOfficialOne() {
        assertThat(calendar.subtractWorkingDays(date("2027-01-04"), 2)).isEqualTo(date("2026-12-30"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "2020-12-31", "2101-01-03" })
    void aYearOutsideTheLabourCodeComputationIsRefusedByName(String day) {
        assertThatThrownBy(() -> calendar.isWorkingDay(date(day)))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageStartingWith("Năm " + day.substring(0, 4) + " nằm ngoài lịch ngày làm việc của phường")
                .extracting(ex -> ((UnknownCalendarYearException) ex).year()).isEqualTo(Integer.parseInt(day.substring(0, 4)));
    }

    @Test
    void onlyCountsThatTouchAProvisionalYearAreReported() {
        List<DayComputation> reported = new ArrayList<>();
        WorkingCalendar observed = TestCalendars.shipped(reported::add);

        observed.addWorkingDays(date("2026-12-01"), 5);
        observed.addCalendarDays(date("2026-11-01"), 30);
        assertThat(reported).isEmpty();

        observed.addWorkingDays(date("2026-12-28"), 5);
        observed.addCalendarDays(date("2026-12-03"), 30);
        observed.subtractWorkingDays(date("2027-01-04"), 2);
        assertThat(reported).containsExactly(
                new DayComputation(DayComputation.Step.WORKING_DAYS_AFTER, date("2026-12-28"), 5, date("2027-01-05")),
                new DayComputation(DayComputation.Step.CALENDAR_DAYS_AFTER, date("2026-12-03"), 30, date("2027-01-04")),
                new DayComputation(DayComputation.Step.WORKING_DAYS_BEFORE, date("2027-01-04"), 2, date("2026-12-30")));
    }

    @Test
    void anOfficialNoticeReplacesTheProvisionalYearAtOnce() {
        assertThat(calendar.isWorkingDay(date("2027-01-04"))).isTrue();

        // e.g. the Government swaps Monday 04/01/2027 for a make-up Saturday
        calendar.install(new CalendarYear(2027, List.of(
                new CalendarEntry(date("2027-01-01"), DayKind.HOLIDAY, "Tết Dương lịch"),
                new CalendarEntry(date("2027-01-04"), DayKind.SWAPPED_DAY_OFF, "Nghỉ hoán đổi"),
                new CalendarEntry(date("2027-01-09"), DayKind.MAKE_UP_WORKDAY, "Làm bù")), false));

        assertThat(calendar.isProvisional(2027)).isFalse();
        assertThat(calendar.isWorkingDay(date("2027-01-04"))).isFalse();
        assertThat(calendar.addCalendarDays(date("2026-12-03"), 30)).isEqualTo(date("2027-01-05"));
        // Tết 2027 is no longer known: the notice has only the days it lists
        assertThat(calendar.isWorkingDay(date("2027-02-05"))).isTrue();
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
