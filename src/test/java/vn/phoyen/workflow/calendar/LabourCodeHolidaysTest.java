package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A year computed from the Labour Code 2019, Art. 112(1) and Art. 111(3), while its official notice is missing. */
class LabourCodeHolidaysTest {

    @Test
    void provisional2027() {
        CalendarYear year = LabourCodeHolidays.forYear(2027);

        assertThat(year.provisional()).isTrue();
        assertThat(daysOff(year)).containsExactlyInAnyOrder(
                // Tết Dương lịch: Friday
                day("2027-01-01"),
                // Tết Đinh Mùi is Saturday 06/02: the eve (Friday) and the first four days; Saturday and Sunday are
                // made up on Wednesday 10/02 and Thursday 11/02 (Art. 111(3))
                day("2027-02-05"), day("2027-02-08"), day("2027-02-09"), day("2027-02-10"), day("2027-02-11"),
                // Giỗ Tổ, 10/3 âm lịch: Friday 16/04
                day("2027-04-16"),
                // 30/4 Friday; 1/5 Saturday, made up on Monday 03/05
                day("2027-04-30"), day("2027-05-03"),
                // 2/9 Thursday and the day after it, Friday 03/09
                day("2027-09-02"), day("2027-09-03"));
    }

    @Test
    void provisional2026IsTheOfficialNoticeWithoutTheGovernmentsSwaps() {
        CalendarYear official = HolidayFiles.readAll(HolidayFiles.CLASSPATH_DIRECTORY).get(1);
        Set<LocalDate> officialHolidays = official.entries().stream().filter(entry -> entry.kind() == DayKind.HOLIDAY)
                .map(CalendarEntry::date).filter(date -> !WorkingCalendar.isWeekend(date)).collect(Collectors.toSet());

        // the swaps (02/01 for 10/01, 31/08 for 22/08) are the Prime Minister's choice, not the Code's
        assertThat(daysOff(LabourCodeHolidays.forYear(2026))).isEqualTo(officialHolidays);
    }

    @Test
    void aHolidayOnSundayIsMadeUpOnTheNextWorkingDay() {
        // 2022: Giỗ Tổ on Sunday 10/04, made up on Monday 11/04, as the 2022 notice gave it
        assertThat(daysOff(LabourCodeHolidays.forYear(2022))).contains(day("2022-04-11")).doesNotContain(day("2022-04-10"));
    }

    @Test
    void nationalDayOnMondayTakesTheTuesdayAfterIt() {
        // 2024: 2/9 Monday, with 3/9 Tuesday, as the 2024 notice gave it
        assertThat(daysOff(LabourCodeHolidays.forYear(2024))).contains(day("2024-09-02"), day("2024-09-03"));
    }

    @Test
    void eachYearHasElevenHolidayDaysOnWorkingDays() {
        for (int year = 2021; year <= 2040; year++) {
            assertThat(daysOff(LabourCodeHolidays.forYear(year))).as("năm %d", year).hasSize(11)
                    .noneMatch(WorkingCalendar::isWeekend);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 2020, 2101 })
    void yearsOutsideTheComputationAreRefused(int year) {
        assertThatThrownBy(() -> LabourCodeHolidays.forYear(year)).isInstanceOf(UnknownCalendarYearException.class);
    }

    /** The working days (Monday–Friday) the year takes off. */
    private static Set<LocalDate> daysOff(CalendarYear year) {
        return year.entries().stream().filter(entry -> entry.kind().isDayOff()).map(CalendarEntry::date)
                .filter(date -> !WorkingCalendar.isWeekend(date)).collect(Collectors.toSet());
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
