package vn.phoyen.workflow.plan.dialogue;

import java.time.LocalDate;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.DayCount;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriod;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Dates of a dialogue conference with residents as models see them (bean {@code dialogueSchedule}).
 * The notice must be out at least the period {@value #NOTICE_PERIOD} (7 days, Law on Organisation of Local
 * Government 2025, Art. 43) before the conference, so its deadline is counted backwards from the conference.
 */
@Component("dialogueSchedule")
public class DialogueSchedule {

    static final String NOTICE_PERIOD = "dialogue-notice";

    private final StatutoryPeriods periods;

    private final WorkingCalendar calendar;

    DialogueSchedule(StatutoryPeriods periods, WorkingCalendar calendar) {
        this.periods = periods;
        this.calendar = calendar;
    }

    /**
     * The end of the last day on which the conference can still be announced in time: the period before the
     * conference day; a day off moves it back to the working day before, never past the legal minimum.
     */
    public Date noticeDue(Object conferenceDate) {
        LocalDate conference = ProcessDeadlines.toLocalDate(conferenceDate);
        StatutoryPeriod notice = periods.inForce(NOTICE_PERIOD, conference);
        LocalDate last = notice.count() == DayCount.WORKING
                ? calendar.subtractWorkingDays(conference, notice.days())
                : conference.minusDays(notice.days());
        while (!calendar.isWorkingDay(last)) {
            last = last.minusDays(1);
        }
        return ProcessDeadlines.endOf(last);
    }
}
