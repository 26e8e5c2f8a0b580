package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.ProcessMilestones;

/**
 * What the denunciation model tells the ward's figures (ADR 0006): received on {@code receivedDate}, handled by the
 * case office; the initial processing's deadline (extended once) until accepted, the resolution deadline (as
 * extended) after it. Resolved when the conclusion is signed (its publication step is reached), or the denouncer was
 * notified of a refusal, the case transferred or terminated, or anonymous information handled.
 */
@Component
class DenunciationMilestones implements ProcessMilestones {

    private final Organization organization;

    DenunciationMilestones(Organization organization) {
        this.organization = organization;
    }

    @Override
    public String processKey() {
        return "denunciation";
    }

    @Override
    public Set<String> standingVariables() {
        return Set.of("receivedDate", "acceptanceDueDate", "extendedAcceptanceDueDate", "initialExtended",
                "resolutionDueDate");
    }

    @Override
    public CaseStanding standing(Map<String, Object> variables) {
        Object due = variables.get("resolutionDueDate") != null ? variables.get("resolutionDueDate")
                : Boolean.TRUE.equals(variables.get("initialExtended")) ? variables.get("extendedAcceptanceDueDate")
                : variables.get("acceptanceDueDate");
        return new CaseStanding(day(variables.get("receivedDate")), organization.caseOffice().id(), day(due));
    }

    @Override
    public Set<String> resolvingActivities() {
        return Set.of("publishConclusion", "denunciationClosed", "denunciationTransferred", "denunciationTerminated",
                "informationHandled");
    }

    private static LocalDate day(Object value) {
        return value == null ? null : ProcessDeadlines.toLocalDate(value);
    }
}
