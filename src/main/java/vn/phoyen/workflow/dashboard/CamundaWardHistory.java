package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Reads what the plan tasks' and the dialogues' figures are counted from: the engine's history (the cases' figures
 * come from their recorded facts, {@link CaseRecords}). The figures are the ward's, not the caller's: the dashboard's own access rule
 * decides who sees them, so the history is read without the caller's authorizations (which would hide other units'
 * work).
 */
@Component
class CamundaWardHistory implements WardHistory {

    private static final String COMPLETED = HistoricProcessInstance.STATE_COMPLETED;
    private static final String UNIT_WORK = "plan-unit-work";
    private static final String REPORTING_CYCLE = "plan-reporting-cycle";

    private final HistoryService historyService;
    private final ProcessEngine engine;

    CamundaWardHistory(ProcessEngine engine) {
        this.historyService = engine.getHistoryService();
        this.engine = engine;
    }

    @Override
    public Map<String, PlanTaskFacts> planTasks(Map<String, List<String>> processKeysByBusinessKey) {
        if (processKeysByBusinessKey.isEmpty()) {
            return Map.of();
        }
        return unrestricted(() -> {
            // a plan task's unit work and reporting cycles carry its business key (the call activities pass it on),
            // so one query finds every process of the plan, however many tasks, units and periods it has
            Set<String> keys = new HashSet<>(List.of(UNIT_WORK, REPORTING_CYCLE));
            processKeysByBusinessKey.values().forEach(keys::addAll);
            List<HistoricProcessInstance> instances = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceBusinessKeyIn(processKeysByBusinessKey.keySet().toArray(String[]::new))
                    .processDefinitionKeyIn(keys.toArray(String[]::new)).list();
            Map<String, HistoricProcessInstance> tasks = new HashMap<>();
            processKeysByBusinessKey.forEach((businessKey, taskKeys) -> instances.stream()
                    .filter(instance -> businessKey.equals(instance.getBusinessKey())
                            && taskKeys.contains(instance.getProcessDefinitionKey()))
                    .min(Comparator.comparing(HistoricProcessInstance::getStartTime))
                    .ifPresent(task -> tasks.put(businessKey, task)));
            Map<String, List<HistoricProcessInstance>> unitWork = called(instances, UNIT_WORK);
            Map<String, List<HistoricProcessInstance>> cycles = called(instances, REPORTING_CYCLE);
            // each kind of instance's own variables only: the called ones hold copies of the task's lists, which
            // would each be read and deserialised for nothing
            Map<String, Map<String, Object>> values = new HashMap<>(processVariables(tasks.values().stream()
                    .map(HistoricProcessInstance::getId).toList(), List.of("leadUnits", "reportingPeriods")));
            values.putAll(processVariables(ids(unitWork), List.of("leadUnit")));
            values.putAll(processVariables(ids(cycles), List.of("period", "doneWork")));
            Date since = tasks.values().stream().map(HistoricProcessInstance::getStartTime)
                    .min(Comparator.naturalOrder()).orElse(null);
            Map<String, Date> submitted = firstReached("prepareReport", true, since);
            Map<String, Date> accepted = firstReached("reportAccepted", false, since);

            Map<String, PlanTaskFacts> facts = new HashMap<>();
            processKeysByBusinessKey.keySet().forEach(businessKey -> facts.put(businessKey, PlanTaskFacts.notStarted()));
            tasks.forEach((businessKey, task) -> {
                List<PlanTaskFacts.Report> reports = new ArrayList<>();
                for (HistoricProcessInstance work : unitWork.getOrDefault(task.getId(), List.of())) {
                    Object leadUnit = values.getOrDefault(work.getId(), Map.of()).get("leadUnit");
                    for (HistoricProcessInstance cycle : cycles.getOrDefault(work.getId(), List.of())) {
                        Map<String, Object> report = values.getOrDefault(cycle.getId(), Map.of());
                        reports.add(new PlanTaskFacts.Report((String) leadUnit, (String) report.get("period"),
                                day(submitted.get(cycle.getId())), day(accepted.get(cycle.getId())),
                                (String) report.get("doneWork")));
                    }
                }
                Map<String, Object> taskValues = values.getOrDefault(task.getId(), Map.of());
                facts.put(businessKey, new PlanTaskFacts(task.getId(), day(task.getStartTime()),
                        COMPLETED.equals(task.getState()) ? day(task.getEndTime()) : null,
                        strings(taskValues.get("leadUnits")), strings(taskValues.get("reportingPeriods")), reports));
            });
            return facts;
        });
    }

    @Override
    public List<DialogueFacts> dialogues(LocalDate from, LocalDate to) {
        return unrestricted(() -> {
            Map<String, LocalDate> conferenceDays = new HashMap<>();
            for (HistoricVariableInstance date : historyService.createHistoricVariableInstanceQuery()
                    .processDefinitionKey(DialogueCounting.DIALOGUE).variableName("conferenceDate").list()) {
                if (date.getValue() == null || !date.getExecutionId().equals(date.getProcessInstanceId())) {
                    continue;
                }
                LocalDate day = ProcessDeadlines.toLocalDate(date.getValue());
                if (!day.isBefore(from) && !day.isAfter(to)) {
                    conferenceDays.put(date.getProcessInstanceId(), day);
                }
            }
            if (conferenceDays.isEmpty()) {
                return List.of();
            }
            List<HistoricProcessInstance> dialogues = historyService.createHistoricProcessInstanceQuery()
                    .processInstanceIds(conferenceDays.keySet()).orderByProcessInstanceStartTime().asc().list();
            if (dialogues.isEmpty()) {
                return List.of();
            }
            Date since = dialogues.get(0).getStartTime();
            // a commitment starts after its conference's process: bounded by the earliest, matched by its caller
            List<HistoricProcessInstance> allCommitments = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(DialogueCounting.COMMITMENT).startedAfter(secondBefore(since)).list().stream()
                    .filter(commitment -> conferenceDays.containsKey(commitment.getSuperProcessInstanceId())).toList();
            Map<String, List<HistoricProcessInstance>> commitmentsOf = called(allCommitments,
                    DialogueCounting.COMMITMENT);
            Map<String, Map<String, Object>> values = processVariables(allCommitments.stream()
                    .map(HistoricProcessInstance::getId).toList(), List.of("commitmentUnit", "commitmentDeadline"));
            List<DialogueFacts> facts = new ArrayList<>();
            for (HistoricProcessInstance dialogue : dialogues) {
                List<DialogueFacts.Commitment> commitments = new ArrayList<>();
                for (HistoricProcessInstance commitment : commitmentsOf.getOrDefault(dialogue.getId(), List.of())) {
                    Map<String, Object> commitmentValues = values.getOrDefault(commitment.getId(), Map.of());
                    Object deadline = commitmentValues.get("commitmentDeadline");
                    commitments.add(new DialogueFacts.Commitment(commitment.getId(), commitment.getBusinessKey(),
                            (String) commitmentValues.get("commitmentUnit"),
                            deadline == null ? null : ProcessDeadlines.toLocalDate(deadline),
                            COMPLETED.equals(commitment.getState()) ? day(commitment.getEndTime()) : null));
                }
                facts.add(new DialogueFacts(dialogue.getId(), dialogue.getBusinessKey(),
                        conferenceDays.get(dialogue.getId()), commitments));
            }
            return facts;
        });
    }

    @Override
    public LocalDate today() {
        return WardClock.today();
    }

    /** The instances of {@code processKey} among {@code instances}, by the instance that called each. */
    private static Map<String, List<HistoricProcessInstance>> called(List<HistoricProcessInstance> instances,
            String processKey) {
        return instances.stream().filter(instance -> processKey.equals(instance.getProcessDefinitionKey())
                && instance.getSuperProcessInstanceId() != null)
                .collect(Collectors.groupingBy(HistoricProcessInstance::getSuperProcessInstanceId));
    }

    private static List<String> ids(Map<String, List<HistoricProcessInstance>> instancesByCaller) {
        return instancesByCaller.values().stream().flatMap(List::stream).map(HistoricProcessInstance::getId).toList();
    }

    /** The named variables of each instance, at the instance's own scope (a step's local copy is not the case's). */
    private Map<String, Map<String, Object>> processVariables(Collection<String> instanceIds, List<String> names) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        if (instanceIds.isEmpty()) {
            return values;
        }
        for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
                .list()) {
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return values;
    }

    /**
     * When each instance first reached (or, with {@code finished}, first finished) the activity, for the instances
     * started from {@code since} on: none before it can belong to the plan tasks read.
     */
    private Map<String, Date> firstReached(String activityId, boolean finished, Date since) {
        Map<String, Date> first = new HashMap<>();
        if (since == null) {
            return first;
        }
        for (HistoricActivityInstance activity : historyService.createHistoricActivityInstanceQuery()
                .activityId(activityId).startedAfter(secondBefore(since)).list()) {
            Date time = finished ? activity.getEndTime() : activity.getStartTime();
            if (time != null) {
                first.merge(activity.getProcessInstanceId(), time, (a, b) -> a.before(b) ? a : b);
            }
        }
        return first;
    }

    /** A lower bound safely before {@code time}, whether the engine compares "after" strictly or not. */
    private static Date secondBefore(Date time) {
        return new Date(time.getTime() - 1000);
    }

    private static LocalDate day(Date time) {
        return time == null ? null : ProcessDeadlines.toLocalDate(time);
    }

    private static List<String> strings(Object list) {
        return list instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }

    private <T> T unrestricted(Supplier<T> work) {
        return EngineCommands.withoutAuthorization(engine, work::get);
    }
}
