package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.organization.Organization;

/**
 * Opens a denunciation (Law 25/2018): checks the start variables and derives the initial-processing deadlines
 * (7 working days from receipt, 10 when extended, Art. 24) and whether the ward may handle it. Error messages name
 * the variable, never its value: the denouncer's identity must not reach a log.
 */
@Component
public class DenunciationOpening implements CaseOpening {

    static final String KEY = "denunciation";

    private final Organization organization;
    private final StatutoryPeriods periods;

    DenunciationOpening(Organization organization, StatutoryPeriods periods) {
        this.organization = organization;
        this.periods = periods;
    }

    @Override
    public String processKey() {
        return KEY;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.DENUNCIATION;
    }

    @Override
    public Map<String, Object> open(StartVariables variables, LocalDate today) {
        LocalDate received = variables.date("receivedDate", today);
        variables.text(DenouncerIdentity.NAME_VARIABLE, 200);
        variables.text(DenouncerIdentity.CONTACT_VARIABLE, 300);
        variables.text("accusedName", 200);
        String accusedUnit = variables.text("accusedUnit", 50);
        if (organization.unit(accusedUnit).isEmpty()) {
            throw new CaseStartException("Biến 'accusedUnit' phải là mã một đơn vị của phường");
        }
        variables.text("content", 4000);
        Map<String, Object> derived = new HashMap<>();
        derived.put("acceptanceDueDate",
                ProcessDeadlines.endOf(periods.deadline("denunciation-initial-processing", received)));
        derived.put("extendedAcceptanceDueDate",
                ProcessDeadlines.endOf(periods.deadline("denunciation-initial-processing-extended", received)));
        derived.put("competence", DenunciationCompetence.of(accusedUnit, organization.supervisors().id()));
        derived.put("initialExtended", false);
        derived.put("extensionCount", 0);
        return derived;
    }
}
