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
 * (7 working days from receipt, 10 when extended, Art. 24), the transfer deadline (5 working days, Art. 24(2)) and who
 * resolves it ({@link DenunciationCompetence}, Art. 13). With {@code anonymous} = true the letter names no identified
 * denouncer: it is information (Art. 25), and {@code denouncerName}/{@code denouncerContact} are not required. Error
 * messages name the variable, never its value: the denouncer's identity must not reach a log.
 */
@Component
public class DenunciationOpening implements CaseOpening {

    static final String KEY = "denunciation";

    private final Organization organization;
    private final StatutoryPeriods periods;
    private final DenunciationCompetence competence;

    DenunciationOpening(Organization organization, StatutoryPeriods periods, DenunciationCompetence competence) {
        this.organization = organization;
        this.periods = periods;
        this.competence = competence;
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
        boolean anonymous = variables.flag("anonymous");
        if (anonymous) {
            variables.optionalText(DenouncerIdentity.NAME_VARIABLE, 200);
            variables.optionalText(DenouncerIdentity.CONTACT_VARIABLE, 300);
        } else {
            variables.text(DenouncerIdentity.NAME_VARIABLE, 200);
            variables.text(DenouncerIdentity.CONTACT_VARIABLE, 300);
        }
        variables.optionalText(DenouncerIdentity.ID_NUMBER_VARIABLE, 12);
        variables.optionalText(DenouncerIdentity.RECEPTION_CASE_VARIABLE, 64);
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
        DenunciationCompetence.Rule rule = competence.of(accusedUnit);
        derived.put("anonymous", anonymous);
        derived.put("competence", rule.resolver());
        derived.put("competentBody", rule.competentBody());
        derived.put("transferDueDate", ProcessDeadlines.endOf(periods.deadline("denunciation-transfer", received)));
        derived.put("initialExtended", false);
        derived.put("extensionCount", 0);
        return derived;
    }
}
