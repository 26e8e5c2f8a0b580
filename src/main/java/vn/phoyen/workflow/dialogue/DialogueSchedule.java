package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.DayCount;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriod;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Dates of a dialogue conference with residents (bean {@code dialogueSchedule}, used by the models). The notice
 * must be out at least the period {@value #NOTICE_PERIOD} (7 days, Law on Organisation of Local Government 2025,
 * Art. 43) before the conference, so its deadline is counted backwards from the conference.
 */
@Component("dialogueSchedule")
public class DialogueSchedule {

    static final String NOTICE_PERIOD = "dialogue-notice";

    /** The plan's yearly check of how many conferences were held falls on this day of the plan year (1 November). */
    static final int CHECK_MONTH = 11;
    static final int CHECK_DAY = 1;

    /** How far ahead a conference may be planned before the plan is refused as a typing mistake. */
    private static final int PLANNING_HORIZON_DAYS = 400;

    private final StatutoryPeriods periods;

    private final WorkingCalendar calendar;

    DialogueSchedule(StatutoryPeriods periods, WorkingCalendar calendar) {
        this.periods = periods;
        this.calendar = calendar;
    }

    /** The end of the last day on which the conference can still be announced in time (see {@link #lastNoticeDay}). */
    public Date noticeDue(Object conferenceDate) {
        return ProcessDeadlines.endOf(lastNoticeDay(ProcessDeadlines.toLocalDate(conferenceDate)));
    }

    /**
     * The last day on which the conference can still be announced: the period before the conference day; a day off
     * moves it back to the working day before, never past the legal minimum.
     */
    LocalDate lastNoticeDay(LocalDate conference) {
        StatutoryPeriod notice = periods.inForce(NOTICE_PERIOD, conference);
        LocalDate last = notice.count() == DayCount.WORKING
                ? calendar.subtractWorkingDays(conference, notice.days())
                : conference.minusDays(notice.days());
        while (!calendar.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        return last;
    }

    /**
     * Refuses a conference date that leaves less than the legal notice from {@code today} (the office could not
     * announce it in time), with the earliest date that still can be announced.
     */
    void checkPlannable(LocalDate conference, LocalDate today) {
        if (conference.isAfter(today.plusDays(PLANNING_HORIZON_DAYS))) {
            throw new DialogueException("Ngày hội nghị %s quá xa (quá %d ngày kể từ hôm nay): kiểm tra lại năm đã nhập."
                    .formatted(WorkingCalendar.DAY.format(conference), PLANNING_HORIZON_DAYS));
        }
        if (!lastNoticeDay(conference).isBefore(today)) {
            return;
        }
        int days = periods.inForce(NOTICE_PERIOD, conference).days();
        throw new DialogueException(("Ngày hội nghị %s không đủ thời gian thông báo: phải thông báo trước ít nhất %d ngày"
                + " (chậm nhất ngày %s), hôm nay đã là ngày %s. Ngày hội nghị sớm nhất có thể: %s.")
                .formatted(WorkingCalendar.DAY.format(conference), days, WorkingCalendar.DAY.format(lastNoticeDay(conference)), WorkingCalendar.DAY.format(today),
                        WorkingCalendar.DAY.format(earliestConference(today))));
    }

    /** The first day a conference can be held if it is announced no earlier than {@code today}. */
    LocalDate earliestConference(LocalDate today) {
        LocalDate conference = today.plusDays(1);
        while (lastNoticeDay(conference).isBefore(today)) {
            conference = conference.plusDays(1);
        }
        return conference;
    }

    /** Units prepare their answers by the end of the last working day before the conference. */
    public Date answersDue(Object conferenceDate) {
        LocalDate day = ProcessDeadlines.toLocalDate(conferenceDate).minusDays(1);
        while (!calendar.isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return ProcessDeadlines.endOf(day);
    }

    /** When the plan year's conferences are counted: the start of 1 November of that year. */
    public Date yearlyCheckAt(Object planYear) {
        return ProcessDeadlines.startOf(yearlyCheckDay(year(planYear)));
    }

    static LocalDate yearlyCheckDay(int year) {
        return LocalDate.of(year, CHECK_MONTH, CHECK_DAY);
    }

    static int year(Object planYear) {
        if (planYear instanceof Number number) {
            return number.intValue();
        }
        return Integer.parseInt(String.valueOf(planYear).trim());
    }
}
