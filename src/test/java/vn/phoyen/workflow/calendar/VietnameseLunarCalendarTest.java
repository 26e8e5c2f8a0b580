package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Vietnamese lunar calendar (UTC+7) against the published dates of Tết Nguyên đán and of Giỗ Tổ Hùng Vương (10th
 * day of the 3rd lunar month), 2020–2035: 2020–2026 as the Government's holiday notices fixed them, 2027–2035 as the
 * Vietnamese almanacs print them (shared/domain/vietnam-rules.md §6.4). 2030 is the year the Chinese calendar (UTC+8)
 * differs: Tết there is Sunday 03/02/2030, a day later.
 */
class VietnameseLunarCalendarTest {

    @ParameterizedTest(name = "Tết {0}: {1}")
    @CsvSource({
            "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22", "2024, 2024-02-10",
            "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26", "2029, 2029-02-13",
            "2030, 2030-02-02", "2031, 2031-01-23", "2032, 2032-02-11", "2033, 2033-01-31", "2034, 2034-02-19",
            "2035, 2035-02-08" })
    void tetNguyenDan(int year, LocalDate published) {
        assertThat(VietnameseLunarCalendar.lunarNewYear(year)).isEqualTo(published);
    }

    @ParameterizedTest(name = "Giỗ Tổ {0}: {1}")
    @CsvSource({
            "2020, 2020-04-02", "2021, 2021-04-21", "2022, 2022-04-10", "2023, 2023-04-29", "2024, 2024-04-18",
            "2025, 2025-04-07", "2026, 2026-04-26", "2027, 2027-04-16", "2028, 2028-04-04", "2029, 2029-04-23",
            "2030, 2030-04-12", "2031, 2031-04-01", "2032, 2032-04-19", "2033, 2033-04-09", "2034, 2034-04-28",
            "2035, 2035-04-17" })
    void gioToHungVuong(int year, LocalDate published) {
        // 2020, 2023 and 2031 have a leap month (4, 2 and 3): Giỗ Tổ is in the ordinary 3rd month
        assertThat(VietnameseLunarCalendar.toSolar(year, 3, 10)).isEqualTo(published);
    }

    @ParameterizedTest(name = "{0}-{1}-{2} âm lịch: {3}")
    @CsvSource({
            // the leap 6th month of 2025 began on 25/07/2025: the ordinary 7th month after it, on 23/08/2025
            "2025, 7, 1, 2025-08-23",
            // Mid-Autumn 2034, where the Chinese calendar says 27/09
            "2034, 8, 15, 2034-09-26",
            // the last day of the lunar year Bính Ngọ (a 29-day 12th month), eve of Tết 2027
            "2026, 12, 29, 2027-02-05" })
    void otherDaysAroundLeapMonthsAndTheNewYear(int lunarYear, int month, int day, LocalDate published) {
        assertThat(VietnameseLunarCalendar.toSolar(lunarYear, month, day)).isEqualTo(published);
    }
}
