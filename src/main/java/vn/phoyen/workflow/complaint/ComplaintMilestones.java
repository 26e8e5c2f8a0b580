package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.ProcessMilestones;

/**
 * What the complaint model tells the ward's figures (ADR 0006): received on {@code receivedDate}, handled by the case
 * office; until accepted the acceptance deadline applies, after it the resolution deadline. Resolved when the Chairman
 * signed the decision, or the intake refused the complaint or guided it to the competent body with a notice
 * ({@code complaintPassedOn}: that end before it was renamed, which cases on the earlier version still reach).
 */
@Component
class ComplaintMilestones implements ProcessMilestones {

    private final Organization organization;

    ComplaintMilestones(Organization organization) {
        this.organization = organization;
    }

    @Override
    public String processKey() {
        return "complaint";
    }

    @Override
    public Set<String> standingVariables() {
        return Set.of("receivedDate", "acceptanceDueDate", "resolutionDueDate");
    }

    @Override
    public CaseStanding standing(Map<String, Object> variables) {
        Object due = variables.get("resolutionDueDate") != null ? variables.get("resolutionDueDate")
                : variables.get("acceptanceDueDate");
        return new CaseStanding(day(variables.get("receivedDate")), organization.caseOffice().id(), day(due));
    }

    @Override
    public Set<String> resolvingActivities() {
        return Set.of("decisionSigned", "complaintRefused", "complaintGuided", "complaintPassedOn");
    }

    private static LocalDate day(Object value) {
        return value == null ? null : ProcessDeadlines.toLocalDate(value);
    }
}
