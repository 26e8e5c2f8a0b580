package vn.phoyen.workflow.reception;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.ProcessMilestones;

/**
 * What the citizen reception model tells the ward's figures (ADR 0006): received on {@code receptionDate} by the case
 * office, with no deadline of its own; it ends when each matter was answered or passed to its own case.
 */
@Component
class ReceptionMilestones implements ProcessMilestones {

    private final Organization organization;

    ReceptionMilestones(Organization organization) {
        this.organization = organization;
    }

    @Override
    public String processKey() {
        return "citizen-reception";
    }

    @Override
    public Set<String> standingVariables() {
        return Set.of("receptionDate");
    }

    @Override
    public CaseStanding standing(Map<String, Object> variables) {
        Object received = variables.get("receptionDate");
        return new CaseStanding(received == null ? null : ProcessDeadlines.toLocalDate(received),
                organization.caseOffice().id(), null);
    }

    @Override
    public Set<String> resolvingActivities() {
        return Set.of("receptionEnded");
    }
}
