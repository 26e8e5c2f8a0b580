package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.StartVariables;

/**
 * Opens a first-level complaint (Luật Khiếu nại 2011): checks what the clerk entered, fixes the acceptance deadline
 * (Art. 27, 10 days from receipt) and which resolution period applies (Art. 28: 30 days, 45 for a complex case or a
 * remote area, 60 for both), counted later from the day the complaint is accepted.
 */
@Component
public class ComplaintOpening implements CaseOpening {

    static final int NAME_LENGTH = 200;
    static final int SUBJECT_LENGTH = 300;
    static final int CONTENT_LENGTH = 10_000;

    private final StatutoryPeriods periods;

    ComplaintOpening(StatutoryPeriods periods) {
        this.periods = periods;
    }

    @Override
    public String processKey() {
        return "complaint";
    }

    @Override
    public CaseKind kind() {
        return CaseKind.COMPLAINT;
    }

    @Override
    public Map<String, Object> open(StartVariables variables, LocalDate today) {
        LocalDate received = variables.date("receivedDate", today);
        variables.text("complainantName", NAME_LENGTH);
        variables.text("complainantAddress", NAME_LENGTH);
        variables.text("subject", SUBJECT_LENGTH);
        variables.text("content", CONTENT_LENGTH);
        boolean complex = variables.flag("complexCase");
        boolean remote = variables.flag("remoteArea");
        Map<String, Object> derived = new HashMap<>();
        derived.put("complexCase", complex);
        derived.put("remoteArea", remote);
        derived.put("acceptanceDueDate", ProcessDeadlines.endOf(periods.deadline("complaint-acceptance", received)));
        derived.put("resolutionPeriodCode", resolutionPeriodCode(complex, remote));
        return derived;
    }

    /** The statutory period code of the resolution period (Art. 28). */
    static String resolutionPeriodCode(boolean complex, boolean remote) {
        return "complaint-resolution" + (complex ? "-complex" : "") + (remote ? "-remote" : "");
    }
}
