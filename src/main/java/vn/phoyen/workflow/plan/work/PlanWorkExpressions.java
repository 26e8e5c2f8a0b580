package vn.phoyen.workflow.plan.work;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;

/**
 * What the plan models ask about the work of a task (bean {@code planWork}): who helps a lead unit, which
 * lead units are still at work, and the records a multi-instance step collects.
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
     * (when every unit leads, the supporting office is also one of the leads and does not help itself).
     */
    public List<String> supportUnitsFor(String leadUnit, Collection<?> supportUnits) {
        if (supportUnits == null) {
            return List.of();
        }
        return supportUnits.stream().map(String::valueOf).filter(unit -> !unit.equals(leadUnit)).distinct().toList();
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

    /** The end of the last day of the plan year, e.g. the due date of work to be done "within the year". */
    public Date endOfYear(Object year) {
        return ProcessDeadlines.endOf(LocalDate.of(Integer.parseInt(String.valueOf(year)), 12, 31));
    }

    /** The unit's name for people to read, e.g. "Công an phường" for {@code ca}; the id if there is no such unit. */
    public String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    /**
     * Gives one instance of a multi-instance step its own empty {@code fields}, so each instance's form starts
     * blank and what one unit enters is not shown to or overwritten by the next (the engine applies input
     * mappings of a multi-instance activity once for all instances, so they cannot do this).
     */
    public void blank(DelegateExecution execution, String fields) {
        fieldNames(fields).forEach(field -> execution.setVariableLocal(field, null));
    }

    /** A list without records, e.g. the contributions of a report before any unit has contributed. */
    public List<Map<String, Object>> noRecords() {
        return new ArrayList<>();
    }

    /**
     * Adds one record to the list variable {@code listVariable}: the current values of the comma-separated
     * {@code fields}, e.g. a support unit's contribution when its task completes. Multi-instance steps collect
     * what each instance entered this way (the engine allows no output mapping on them).
     */
    public void collect(VariableScope scope, String listVariable, String fields) {
        List<Map<String, Object>> records = new ArrayList<>();
        if (scope.getVariable(listVariable) instanceof Collection<?> existing) {
            existing.forEach(record -> records.add(asRecord(record)));
        }
        Map<String, Object> record = new LinkedHashMap<>();
        fieldNames(fields).forEach(field -> record.put(field, scope.getVariable(field)));
        records.add(record);
        scope.setVariable(listVariable, records);
    }

    private static List<String> fieldNames(String fields) {
        return Arrays.stream(fields.split(",")).map(String::trim).filter(field -> !field.isEmpty()).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asRecord(Object record) {
        if (record instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new IllegalArgumentException("bản ghi không hợp lệ trong danh sách: " + record);
    }
}
