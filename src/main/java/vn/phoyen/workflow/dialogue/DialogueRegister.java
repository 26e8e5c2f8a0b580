package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * How many dialogue conferences the ward held in a plan year (bean {@code dialogueRegister}), for the plan's yearly
 * check: every {@value #PROCESS_KEY} instance counts, whether plan task 8 called it or the office started it on its
 * own, once its conference date has come; an instance cancelled (deleted) does not.
 */
@Component("dialogueRegister")
public class DialogueRegister {

    static final String PROCESS_KEY = "dialogue";

    private final HistoryService history;

    DialogueRegister(HistoryService history) {
        this.history = history;
    }

    /** Conferences held in the plan year before its check day (1 November). */
    public long heldByCheckDay(Object planYear) {
        int year = DialogueSchedule.year(planYear);
        Date from = ProcessDeadlines.startOf(LocalDate.of(year, 1, 1));
        Date until = ProcessDeadlines.startOf(DialogueSchedule.yearlyCheckDay(year));
        // running or finished; not one cancelled (deleted, or cancelled with the task that called it)
        return conferencesBetween(from, until).active().count() + conferencesBetween(from, until).suspended().count()
                + conferencesBetween(from, until).completed().count();
    }

    public boolean tooFew(Object planYear, Object wanted) {
        return heldByCheckDay(planYear) < ((Number) wanted).intValue();
    }

    /** The reason the supervising office reads in the warning. */
    public String shortfallReason(Object planYear, Object wanted) {
        int year = DialogueSchedule.year(planYear);
        return shortfall(year, heldByCheckDay(year), ((Number) wanted).intValue());
    }

    static String shortfall(int year, long held, int wanted) {
        return "Đến ngày %s mới tổ chức %d/%d hội nghị đối thoại với Nhân dân của năm %d"
                .formatted(WorkingCalendar.DAY.format(DialogueSchedule.yearlyCheckDay(year)), held, wanted, year);
    }

    private HistoricProcessInstanceQuery conferencesBetween(Date from, Date until) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueGreaterThanOrEqual("conferenceDate", from)
                .variableValueLessThan("conferenceDate", until);
    }
}
