package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.calendar.TestCalendars;
import vn.phoyen.workflow.calendar.UnknownCalendarYearException;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/** The Chairman's weekly reception day on the ward's real calendar data (holidays-2025.csv, holidays-2026.csv). */
class ReceptionScheduleTest {

    private static final WorkingCalendar calendar = TestCalendars.shipped();

    private final ReceptionSchedule fridays = new ReceptionSchedule(calendar, DayOfWeek.FRIDAY);

    @Test
    void anOrdinaryWeekReceivesOnItsFriday() {
        assertThat(fridays.receptionDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 15))).containsExactly(
                new ReceptionDay(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6), "Thứ Sáu", null),
                new ReceptionDay(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13), "Thứ Sáu", null));
    }

    @Test
    void theWeekOfTet2026HasNoReceptionDayAndSaysWhy() {
        // Tết Bính Ngọ: Monday 16/02 to Friday 20/02 are holidays, the weekend around them too
        List<ReceptionDay> days = fridays.receptionDays(LocalDate.of(2026, 2, 9), LocalDate.of(2026, 2, 27));

        assertThat(days).extracting(ReceptionDay::date).containsExactly(LocalDate.of(2026, 2, 13), null,
                LocalDate.of(2026, 2, 27));
        assertThat(days.get(1).weekStart()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(days.get(1).note()).isEqualTo(
                "Tuần từ 16/02/2026 đến 22/02/2026 không có ngày làm việc (nghỉ lễ, Tết): không tiếp công dân định kỳ");
    }

    @Test
    void theSwappedFriday02May2025MovesToTuesdayBecauseThursdayAndWednesdayAreHolidaysToo() {
        // Friday 02/05 swapped off, Thursday 01/05 and Wednesday 30/04 holidays: the nearest earlier working day
        assertThat(fridays.receptionDays(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 5, 4))).containsExactly(
                new ReceptionDay(LocalDate.of(2025, 4, 28), LocalDate.of(2025, 4, 29), "Thứ Ba",
                        "Thứ Sáu 02/05/2025 là ngày nghỉ: tiếp công dân vào Thứ Ba 29/04/2025"));
    }

    @Test
    void theNationalDayWeekOf2026KeepsItsFridayAndTheWeekBeforeItsMakeUpSaturdayIsOrdinary() {
        // Monday 31/08 swapped off, 01/09 and 02/09 holidays, but Friday 04/09 is a working day
        assertThat(fridays.receptionDays(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 9, 6)))
                .extracting(ReceptionDay::date, ReceptionDay::note).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 21), null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 8, 28), null),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 4), null));
    }

    @Test
    void aWeekAcrossTheNewYearMovesToWednesday31December() {
        // Friday 02/01/2026 swapped off, Thursday 01/01 New Year: Wednesday 31/12/2025 of the same ISO week
        assertThat(fridays.receptionDays(LocalDate.of(2025, 12, 29), LocalDate.of(2026, 1, 4)))
                .extracting(ReceptionDay::date, ReceptionDay::weekday)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 31), "Thứ Tư"));
    }

    @Test
    void withNoWorkingDayBeforeTheUsualOneTheReceptionMovesLaterInTheWeek() {
        ReceptionSchedule mondays = new ReceptionSchedule(calendar, DayOfWeek.MONDAY);

        // Monday 27/04/2026 is the day off in lieu of Giỗ Tổ Hùng Vương
        assertThat(mondays.receptionDays(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 5, 3))).containsExactly(
                new ReceptionDay(LocalDate.of(2026, 4, 27), LocalDate.of(2026, 4, 28), "Thứ Ba",
                        "Thứ Hai 27/04/2026 là ngày nghỉ: tiếp công dân vào Thứ Ba 28/04/2026"));
    }

    @Test
    void aMakeUpSaturdayCanBeTheReceptionDayWhenTheWardChoosesSaturdays() {
        ReceptionSchedule saturdays = new ReceptionSchedule(calendar, DayOfWeek.SATURDAY);

        assertThat(saturdays.receptionDays(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 18)))
                .extracting(ReceptionDay::date).containsExactly(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 16));
    }

    @Test
    void onlyDaysWithinTheRangeAreListed() {
        // the reception of the week of 01/05/2025 was on Tuesday 29/04, before the range
        assertThat(fridays.receptionDays(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 9)))
                .extracting(ReceptionDay::date).containsExactly(LocalDate.of(2025, 5, 9));
        assertThat(fridays.receptionDays(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 6)))
                .extracting(ReceptionDay::date).containsExactly(LocalDate.of(2026, 3, 6));
    }

    @Test
    void aYearBeforeTheLabourCode2019IsRefusedNamingIt() {
        assertThatThrownBy(() -> fridays.receptionDays(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31)))
                .isInstanceOf(UnknownCalendarYearException.class)
                .hasMessageStartingWith("Năm 2020 nằm ngoài lịch ngày làm việc của phường");
    }

    @Test
    void nextYearsReceptionDaysFollowItsProvisionalHolidays() {
        // Friday 05/02/2027 is the eve of Tết Đinh Mùi, a provisional day off: the Chairman receives on Thursday 04/02
        assertThat(fridays.receptionDays(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 7)))
                .extracting(ReceptionDay::date).containsExactly(LocalDate.of(2027, 2, 4));
    }

    @Test
    void aReversedOrTooLongRangeIsRefused() {
        assertThatThrownBy(() -> fridays.receptionDays(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 5)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Ngày kết thúc 05/03/2026 trước ngày bắt đầu 06/03/2026");
        assertThatThrownBy(() -> fridays.receptionDays(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tối đa 400 ngày");
    }

    @Test
    void everyWeekOfAKnownYearHasOneDayOrAReason() {
        List<ReceptionDay> year = fridays.receptionDays(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 12, 27));

        assertThat(year).hasSize(51).allSatisfy(week -> {
            if (week.date() == null) {
                assertThat(week.note()).isNotBlank();
            } else {
                assertThat(calendar.isWorkingDay(week.date())).isTrue();
                assertThat(week.date()).isBetween(week.weekStart(), week.weekStart().plusDays(6));
            }
        });
        assertThat(year).filteredOn(week -> week.date() == null).extracting(ReceptionDay::weekStart)
                .containsExactly(LocalDate.of(2026, 2, 16));
    }
}
