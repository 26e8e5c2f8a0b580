package vn.phoyen.workflow.plan.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/**
 * What the plan models ask about the work of a task (bean {@code planWork}): who helps a lead unit, who reviews it,
 * which lead units are still at work, a unit's name, the end of a plan year.
 */
@Component("planWork")
public class PlanWorkExpressions {

    /** The key of the model that carries one lead unit's share of a plan task. */
    static final String UNIT_WORK_PROCESS = "plan-unit-work";

    private final Organization organization;

    public PlanWorkExpressions(Organization organization) {
        this.organization = organization;
    }

    /**
     * The units that contribute to the lead unit's report: the task's support units without the lead itself
     * (when every unit leads, the supporting office is also one of the leads and does not help itself) and without
     * the bodies the plan only invites.
     */
    public List<String> supportUnitsFor(String leadUnit, Collection<?> supportUnits) {
        return ordered(helpersOf(leadUnit, supportUnits));
    }

    /** The support units the plan invites rather than orders: asked for a reply, not for a contribution. */
    public List<String> invitedSupportUnitsFor(String leadUnit, Collection<?> supportUnits) {
        return invited(helpersOf(leadUnit, supportUnits));
    }

    /** The units the plan orders (units.csv column {@code invited} empty), in the given order. */
    public List<String> ordered(Collection<?> units) {
        return ids(units).filter(unit -> !organization.invited(unit)).toList();
    }

    /**
     * The units the plan invites ("Đề nghị …", units.csv column {@code invited}), in the given order: their share is
     * a request they may answer, never chased as late work.
     */
    public List<String> invited(Collection<?> units) {
        return ids(units).filter(organization::invited).toList();
    }

    /** When a request to an invited body lapses unanswered: the task's deadline, or the end of the plan year. */
    public Date requestDue(Date deadline, Object year) {
        return deadline != null ? deadline : endOfYear(year);
    }

    private static List<String> helpersOf(String leadUnit, Collection<?> supportUnits) {
        return ids(supportUnits).filter(unit -> !unit.equals(leadUnit)).distinct().toList();
    }

    private static Stream<String> ids(Collection<?> units) {
        return units == null ? Stream.empty() : units.stream().map(String::valueOf);
    }

    /**
     * The lead units of a plan task whose share ({@value #UNIT_WORK_PROCESS}) is still running, in the order of
     * the task's {@code leadUnits}: those to chase when a deadline comes, not those that have finished.
     */
    public List<String> leadUnitsAtWork(DelegateExecution execution) {
        RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
        Set<String> atWork = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(execution.getProcessInstanceId())
                .processDefinitionKey(UNIT_WORK_PROCESS)
                .list().stream()
                .map(instance -> (String) runtime.getVariable(instance.getId(), "leadUnit"))
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        Object leadUnits = execution.getVariable("leadUnits");
        if (!(leadUnits instanceof Collection<?> ordered)) {
            return List.copyOf(atWork);
        }
        return ordered.stream().map(String::valueOf).filter(atWork::contains).toList();
    }

    /**
     * Who reviews a lead unit's report and scores its year: the supervising office, except for the office's own work,
     * which the supervisors review, so that no office judges its own work.
     */
    public String reviewerOf(String leadUnit) {
        String office = organization.supervisingOffice().id();
        return office.equals(leadUnit) ? organization.supervisors().id() : office;
    }

    /** The end of the last day of the plan year, e.g. the due date of work to be done "within the year". */
    public Date endOfYear(Object year) {
        return ProcessDeadlines.endOf(LocalDate.of(Integer.parseInt(String.valueOf(year)), 12, 31));
    }

    /** The unit's name for people to read, e.g. "Công an phường" for {@code ca}; the id if there is no such unit. */
    public String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    /** A list without records, e.g. the contributions of a report before any unit has contributed. */
    public List<Map<String, Object>> noRecords() {
        return new ArrayList<>();
    }
}
