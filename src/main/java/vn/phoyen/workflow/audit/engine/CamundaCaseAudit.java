package vn.phoyen.workflow.audit.engine;

import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.Callable;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricFormField;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.audit.AuditAccess;
import vn.phoyen.workflow.audit.AuditActions;
import vn.phoyen.workflow.audit.CaseAudit;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.StaffDirectory;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * The case's record from the engine: its user operation log (who claimed, was given, completed a task, changed a
 * due date or the case's data, and when), the tasks' names from history and, per operation, the names of the
 * variables it set (history level full links each update to its operation). Whether the caller may read it is asked
 * of the engine as the caller; the record itself is read by the system, since reading the operation log needs more
 * than the caller's READ_HISTORY.
 */
@Component
class CamundaCaseAudit implements CaseAudit {

    private final ProcessEngine engine;
    private final HistoryService history;
    private final Organization organization;
    private final StaffDirectory staff;

    CamundaCaseAudit(ProcessEngine engine, Organization organization, StaffDirectory staff) {
        this.engine = engine;
        this.history = engine.getHistoryService();
        this.organization = organization;
        this.staff = staff;
    }

    @Override
    public Answer forCaller(String processInstanceId) {
        Optional<CurrentStaff> caller = CurrentStaff.of(engine.getIdentityService());
        HistoricProcessInstance instance = asSystem(() -> history.createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult());
        if (caller.isEmpty() || instance == null) {
            return new Unknown();
        }
        HistoricProcessInstance root = instance.getRootProcessInstanceId() == null
                || instance.getRootProcessInstanceId().equals(instance.getId()) ? instance
                : asSystem(() -> history.createHistoricProcessInstanceQuery()
                        .processInstanceId(instance.getRootProcessInstanceId()).singleResult());
        boolean readsHistory = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .count() == 1;
        if (!AuditAccess.mayRead(caller.get(), organization, root.getProcessDefinitionKey(), readsHistory)) {
            return new Refused(AuditAccess.confidential(root.getProcessDefinitionKey()));
        }
        return asSystem(() -> record(instance, root));
    }

    private Record record(HistoricProcessInstance instance, HistoricProcessInstance root) {
        Map<String, HistoricProcessInstance> tree = tree(instance);
        Map<String, String> steps = new HashMap<>();
        Map<String, Set<String>> variablesByOperation = new HashMap<>();
        List<UserOperationLogEntry> log = new ArrayList<>();
        for (String id : tree.keySet()) {
            for (HistoricTaskInstance task : history.createHistoricTaskInstanceQuery().processInstanceId(id).list()) {
                steps.put(task.getId(), task.getName());
            }
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).list()) {
                String name = detail instanceof HistoricVariableUpdate update ? update.getVariableName()
                        : detail instanceof HistoricFormField field ? field.getFieldId() : null;
                if (name != null && detail.getUserOperationId() != null) {
                    variablesByOperation.computeIfAbsent(detail.getUserOperationId(), key -> new LinkedHashSet<>())
                            .add(name);
                }
            }
            log.addAll(history.createUserOperationLogQuery().processInstanceId(id).orderByTimestamp().asc().list());
        }
        Map<String, List<UserOperationLogEntry>> operations = new LinkedHashMap<>();
        log.stream().sorted((a, b) -> a.getTimestamp().compareTo(b.getTimestamp()))
                .forEach(entry -> operations.computeIfAbsent(entry.getOperationId(), key -> new ArrayList<>()).add(entry));
        Map<String, String> names = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (List<UserOperationLogEntry> operation : operations.values()) {
            UserOperationLogEntry first = operation.get(0);
            String newAssignee = operation.stream().filter(entry -> "assignee".equals(entry.getProperty()))
                    .map(UserOperationLogEntry::getNewValue).findFirst().orElse(null);
            String step = first.getTaskId() != null ? steps.get(first.getTaskId())
                    : processName(tree.get(first.getProcessInstanceId()));
            entries.add(new Entry(format(first.getTimestamp()), first.getUserId(),
                    first.getUserId() == null ? null : names.computeIfAbsent(first.getUserId(), staff::fullName),
                    AuditActions.action(first.getOperationType(), newAssignee), step, details(operation, names),
                    List.copyOf(variablesByOperation.getOrDefault(first.getOperationId(), Set.of()))));
        }
        return new Record(instance.getId(), root.getBusinessKey(), processName(instance), entries);
    }

    /** "Người xử lý: (không có) → Lý Văn Sơn (vp.officer)", for the properties that say something to a reader. */
    private List<String> details(List<UserOperationLogEntry> operation, Map<String, String> names) {
        List<String> details = new ArrayList<>();
        for (UserOperationLogEntry entry : operation) {
            String label = AuditActions.property(entry.getProperty());
            if (label == null || "Complete".equals(entry.getOperationType())) {
                continue;
            }
            details.add(label + ": " + value(entry.getProperty(), entry.getOrgValue(), names) + " → "
                    + value(entry.getProperty(), entry.getNewValue(), names));
        }
        return details;
    }

    private String value(String property, String value, Map<String, String> names) {
        if (value == null) {
            return "(không có)";
        }
        return switch (property) {
            case "assignee", "owner", "userId" -> names.computeIfAbsent(value, staff::fullName) + " (" + value + ")";
            case "dueDate", "followUpDate" -> value.chars().allMatch(Character::isDigit)
                    ? format(new Date(Long.parseLong(value))) : value;
            default -> value;
        };
    }

    /** The instance and every instance it called, directly or not. */
    private Map<String, HistoricProcessInstance> tree(HistoricProcessInstance instance) {
        Map<String, HistoricProcessInstance> tree = new LinkedHashMap<>();
        List<HistoricProcessInstance> frontier = List.of(instance);
        while (!frontier.isEmpty()) {
            List<HistoricProcessInstance> next = new ArrayList<>();
            for (HistoricProcessInstance each : frontier) {
                if (tree.putIfAbsent(each.getId(), each) == null) {
                    next.addAll(history.createHistoricProcessInstanceQuery().superProcessInstanceId(each.getId())
                            .list());
                }
            }
            frontier = next;
        }
        return tree;
    }

    private String processName(HistoricProcessInstance instance) {
        if (instance == null) {
            return null;
        }
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionId(instance.getProcessDefinitionId()).singleResult();
        return definition == null || definition.getName() == null ? instance.getProcessDefinitionKey()
                : definition.getName();
    }

    private <T> T asSystem(Callable<T> work) {
        return EngineCommands.withoutAuthorization(engine, work);
    }

    private static String format(Date date) {
        SimpleDateFormat format = new SimpleDateFormat("dd/MM/yyyy HH:mm");
        format.setTimeZone(TimeZone.getTimeZone(WardClock.ZONE));
        return format.format(date);
    }
}
