package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.phoyen.workflow.dialogue.DialogueDriver.endOfDay;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** The dates of a conference on the ward's calendar (the bean as models use it). */
@EngineTest
class DialogueScheduleTest {

    @Autowired
    DialogueSchedule schedule;

    @Test
    void theNoticeIsDueSevenDaysBeforeTheConference() {
        // Thursday 20/11/2025: Thursday 13/11
        assertThat(schedule.noticeDue("2025-11-20")).isEqualTo(endOfDay(2025, 11, 13));
    }

    @Test
    void aNoticeDueOnADayOffMustGoOutOnTheWorkingDayBefore() {
        // a Sunday conference: 7 days before is Sunday 16/11, so the notice is due on Friday 14/11
        assertThat(schedule.noticeDue("2025-11-23")).isEqualTo(endOfDay(2025, 11, 14));
        // 7 days before Tuesday 09/09 is Tuesday 02/09, National Day: Friday 29/08
        assertThat(schedule.noticeDue("2025-09-09")).isEqualTo(endOfDay(2025, 8, 29));
    }

    @Test
    void aConferenceThatCanStillBeAnnouncedTodayIsAcceptedOneDayEarlierIsNot() {
        LocalDate today = LocalDate.of(2025, 9, 11);

        assertThatNoException().isThrownBy(() -> schedule.checkPlannable(LocalDate.of(2025, 9, 18), today));
        assertThatThrownBy(() -> schedule.checkPlannable(LocalDate.of(2025, 9, 17), today))
                .isInstanceOf(DialogueException.class)
                .hasMessage("Ngày hội nghị 17/09/2025 không đủ thời gian thông báo: phải thông báo trước ít nhất 7 ngày"
                        + " (chậm nhất ngày 10/09/2025), hôm nay đã là ngày 11/09/2025."
                        + " Ngày hội nghị sớm nhất có thể: 18/09/2025.");
        assertThatThrownBy(() -> schedule.checkPlannable(LocalDate.of(2025, 9, 1), today))
                .isInstanceOf(DialogueException.class);
    }

    @Test
    void theEarliestConferenceAllowsForDaysOffBeforeIt() {
        // Friday 29/08/2025: a conference on Friday 05/09 is announced today; one on Saturday 06/09 too (its
        // notice day, Saturday 30/08, moves back to today)
        assertThat(schedule.earliestConference(LocalDate.of(2025, 8, 29))).isEqualTo(LocalDate.of(2025, 9, 5));
        // Saturday 30/08: nothing can be announced before Wednesday 03/09 (Sunday, then the National Day holiday),
        // so the conference is at the earliest on 10/09
        assertThat(schedule.earliestConference(LocalDate.of(2025, 8, 30))).isEqualTo(LocalDate.of(2025, 9, 10));
    }

    @Test
    void aDateMoreThanAYearAheadIsRefusedAsATypingMistake() {
        assertThatThrownBy(() -> schedule.checkPlannable(LocalDate.of(2052, 11, 20), LocalDate.of(2025, 9, 11)))
                .hasMessageStartingWith("Ngày hội nghị 20/11/2052 quá xa");
    }

    @Test
    void answersAreDueOnTheLastWorkingDayBeforeTheConference() {
        // Thursday 20/11/2025: Wednesday 19/11
        assertThat(schedule.answersDue("2025-11-20")).isEqualTo(endOfDay(2025, 11, 19));
        // Monday 24/11: Friday 21/11
        assertThat(schedule.answersDue("2025-11-24")).isEqualTo(endOfDay(2025, 11, 21));
        // Wednesday 03/09, after the National Day holiday (01-02/09) and a weekend: Friday 29/08
        assertThat(schedule.answersDue("2025-09-03")).isEqualTo(endOfDay(2025, 8, 29));
    }

    @Test
    void theYearsConferencesAreCountedAtTheStartOfTheFirstOfNovember() {
        assertThat(schedule.yearlyCheckAt(2025)).isEqualTo(EngineClock.at(LocalDateTime.of(2025, 11, 1, 0, 0)));
        assertThat(schedule.yearlyCheckAt("2026")).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 11, 1, 0, 0)));
    }

    @Test
    void theWarningSaysHowManyOfHowManyWereHeld() {
        assertThat(DialogueRegister.shortfall(2025, 1, 2))
                .isEqualTo("Đến ngày 01/11/2025 mới tổ chức 1/2 hội nghị đối thoại với Nhân dân của năm 2025");
    }
}
