package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.identity.CitizenId;
import vn.phoyen.workflow.organization.Organization;

/**
 * Opens a first-level complaint (Luật Khiếu nại 2011): checks what the clerk entered, fixes the acceptance deadline
 * (Art. 27, 10 days from receipt) and which resolution period applies (Art. 28: 30 days, 45 for a complex case),
 * counted later from the day the complaint is accepted. Whether the remote-area periods (45, complex 60) apply is the
 * ward's setting {@code ward.complaint.remote-area}, not the clerk's choice: {@code remoteArea} may still be sent
 * (false or absent), and {@code true} is refused when the ward is not a remote area. An optional {@code learnedOn}
 * (the day the complainant learned of the contested decision, Art. 9) pre-fills the intake decision.
 */
@Component
public class ComplaintOpening implements CaseOpening {

    static final int NAME_LENGTH = 200;
    static final int SUBJECT_LENGTH = 300;
    static final int CONTENT_LENGTH = 10_000;

    private final StatutoryPeriods periods;

    private final boolean remoteWard;

    /** Who carries out a decision unless the signer names another unit: the case office. */
    private final String defaultImplementingUnit;

    @Autowired
    ComplaintOpening(StatutoryPeriods periods, ComplaintProperties properties, Organization organization) {
        this(periods, properties.remoteArea(), organization.caseOffice().id());
    }

    ComplaintOpening(StatutoryPeriods periods, boolean remoteWard, String defaultImplementingUnit) {
        this.periods = periods;
        this.remoteWard = remoteWard;
        this.defaultImplementingUnit = defaultImplementingUnit;
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
        String citizenId = variables.optionalText("citizenId", 20);
        if (!citizenId.isEmpty()) {
            CitizenId.problem(citizenId, today).ifPresent(problem -> {
                throw new CaseStartException("Biến 'citizenId' (số định danh cá nhân/CCCD của người khiếu nại): "
                        + problem);
            });
        }
        boolean complex = variables.flag("complexCase");
        if (variables.flag("remoteArea") && !remoteWard) {
            throw new CaseStartException("Biến 'remoteArea': phường không thuộc vùng sâu, vùng xa (thiết lập "
                    + "ward.complaint.remote-area đang tắt), nên không áp dụng thời hạn dành cho vùng sâu, vùng xa "
                    + "(Luật Khiếu nại 2011 Điều 28); bỏ biến này hoặc gửi false");
        }
        Map<String, Object> derived = new HashMap<>();
        String learnedOn = variables.optionalText("learnedOn", 10);
        if (!learnedOn.isEmpty()) {
            variables.date("learnedOn", received);
        }
        derived.put("complexCase", complex);
        derived.put("remoteArea", remoteWard);
        derived.put("implementingUnit", defaultImplementingUnit);
        derived.put("acceptanceDueDate", ProcessDeadlines.endOf(periods.deadline(ComplaintPeriods.ACCEPTANCE, received)));
        derived.put("resolutionPeriodCode", ComplaintPeriods.resolution(complex, remoteWard));
        return derived;
    }
}
