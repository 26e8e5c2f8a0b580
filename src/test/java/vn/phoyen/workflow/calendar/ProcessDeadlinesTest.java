package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.process.Refusal;

class ProcessDeadlinesTest {

    private final WorkingCalendar calendar = TestCalendars.shipped();

    private final ProcessDeadlines wardCalendar = new ProcessDeadlines(calendar,
            new StatutoryPeriods(StatutoryPeriodFile.read(StatutoryPeriodFile.LOCATION), calendar, Map.of()));

    @AfterEach
    void resetEngineClock() {
        EngineClock.reset();
    }

    @Test
    void nowIsTheEngineClockReadInHanoiTime() {
        // 01:30 on the make-up Saturday 26/04/2025 in Hà Nội, still Friday 25/04 (18:30) in UTC: the ward's day counts
        EngineClock.setTo(LocalDateTime.of(2025, 4, 26, 1, 30));

        assertThat(wardCalendar.workingDaysFromNow(1)).isEqualTo(instant("2025-04-28T23:59:59+07:00"));
    }

    @Test
    void anIsoStringEventEndsAtTheEndOfTheLastDay() {
        assertThat(wardCalendar.workingDaysAfter("2025-01-24", 1)).isEqualTo(instant("2025-02-03T23:59:59+07:00"));
    }

    @Test
    void aLocalDateEventCountsCalendarDays() {
        assertThat(wardCalendar.calendarDaysAfter(LocalDate.of(2025, 12, 22), 10))
                .isEqualTo(instant("2026-01-05T23:59:59+07:00"));
    }

    @Test
    void aDateEventIsReadAsTheHanoiDay() {
        // 17:30 UTC on 23/04 is 00:30 on Thursday 24/04/2025 in Hà Nội
        assertThat(wardCalendar.deadline("feedback-answer", instant("2025-04-23T17:30:00Z")))
                .isEqualTo(instant("2025-05-12T23:59:59+07:00"));
    }

    @Test
    void warningStartsAtTheBeginningOfTheEarlierWorkingDay() {
        assertThat(wardCalendar.warningBefore(instant("2026-02-23T23:59:59+07:00"), 1))
                .isEqualTo(instant("2026-02-13T00:00:00+07:00"));
    }

    @Test
    void aMalformedEventDateIsRefusedNamingTheValue() {
        // a refusal the engine's REST API answers with 400, not a failure of the system
        assertThatThrownBy(() -> wardCalendar.workingDaysAfter("24/01/2025", 1))
                .isInstanceOf(Refusal.class)
                .hasMessage("ngày sự kiện '24/01/2025' không phải ngày hợp lệ (cần dạng yyyy-MM-dd)");
    }

    @Test
    void aYearNoCalendarCanCountIsRefused() {
        assertThatThrownBy(() -> wardCalendar.calendarDaysAfter("2019-05-01", 30))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("Năm 2019 nằm ngoài lịch ngày làm việc của phường");
    }

    private static Date instant(String isoDateTime) {
        return Date.from(OffsetDateTime.parse(isoDateTime).toInstant());
    }
}
