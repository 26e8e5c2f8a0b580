package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Runs against the real holidays files of 2025 and 2026. */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(HolidayFiles.readAll("calendar"));

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
    void unknownYearAfterTheDataIsRefusedByName() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2027-01-04")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessage("Chưa có lịch ngày làm việc năm 2027 (thiếu tệp calendar/holidays-2027.csv)");
    }

    @Test
    void unknownYearBeforeTheDataIsRefusedByName() {
        assertThatThrownBy(() -> calendar.isWorkingDay(date("2024-12-31")))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessage("Chưa có lịch ngày làm việc năm 2024 (thiếu tệp calendar/holidays-2024.csv)");
    }

    @Test
    void addingWorkingDaysIntoAnUnknownYearFailsNamingThatYear() {
        assertThatThrownBy(() -> calendar.addWorkingDays(date("2026-12-30"), 5))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("2027")
                .extracting(ex -> ((UnknownCalendarYearException) ex).year()).isEqualTo(2027);
    }

    @Test
    void addingCalendarDaysIntoAnUnknownYearFailsNamingThatYear() {
        assertThatThrownBy(() -> calendar.addCalendarDays(date("2026-12-25"), 10))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("năm 2027");
    }

    @Test
    void subtractingWorkingDaysIntoAnUnknownYearFailsNamingThatYear() {
        assertThatThrownBy(() -> calendar.subtractWorkingDays(date("2025-01-02"), 2))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageContaining("năm 2024");
    }

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }
}
