package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
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

    private final HistoryService historyService;
    private final ProcessEngine engine;

    CamundaWardHistory(ProcessEngine engine) {
        this.historyService = engine.getHistoryService();
        this.engine = engine;
    }

    @Override
    public PlanTaskFacts planTask(List<String> processKeys, String businessKey) {
        return unrestricted(() -> {
            HistoricProcessInstance task = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKeyIn(processKeys.toArray(String[]::new)).processInstanceBusinessKey(businessKey)
                    .list().stream()
                    .min(Comparator.comparing(HistoricProcessInstance::getStartTime)).orElse(null);
            if (task == null) {
                return PlanTaskFacts.notStarted();
            }
            Map<String, Object> values = processVariables(Set.of(task.getId()),
                    List.of("leadUnits", "reportingPeriods")).getOrDefault(task.getId(), Map.of());
            List<PlanTaskFacts.Report> reports = new ArrayList<>();
            for (HistoricProcessInstance unitWork : calledBy(task.getId(), "plan-unit-work")) {
                Object leadUnit = processVariables(Set.of(unitWork.getId()), List.of("leadUnit"))
                        .getOrDefault(unitWork.getId(), Map.of()).get("leadUnit");
                for (HistoricProcessInstance cycle : calledBy(unitWork.getId(), "plan-reporting-cycle")) {
                    Map<String, Object> report = processVariables(Set.of(cycle.getId()), List.of("period", "doneWork"))
                            .getOrDefault(cycle.getId(), Map.of());
                    reports.add(new PlanTaskFacts.Report((String) leadUnit, (String) report.get("period"),
                            day(firstReached(cycle.getId(), "prepareReport", true)),
                            day(firstReached(cycle.getId(), "reportAccepted", false)), (String) report.get("doneWork")));
                }
            }
            return new PlanTaskFacts(task.getId(), day(task.getStartTime()),
                    COMPLETED.equals(task.getState()) ? day(task.getEndTime()) : null, strings(values.get("leadUnits")),
                    strings(values.get("reportingPeriods")), reports);
        });
    }

    @Override
    public List<DialogueFacts> dialogues(LocalDate from, LocalDate to) {
        return unrestricted(() -> {
            List<DialogueFacts> dialogues = new ArrayList<>();
            for (HistoricVariableInstance date : historyService.createHistoricVariableInstanceQuery()
                    .processDefinitionKey(DialogueCounting.DIALOGUE).variableName("conferenceDate").list()) {
                if (date.getValue() == null || !date.getExecutionId().equals(date.getProcessInstanceId())) {
                    continue;
                }
                LocalDate day = ProcessDeadlines.toLocalDate(date.getValue());
                if (day.isBefore(from) || day.isAfter(to)) {
                    continue;
                }
                HistoricProcessInstance dialogue = historyService.createHistoricProcessInstanceQuery()
                        .processInstanceId(date.getProcessInstanceId()).singleResult();
                List<DialogueFacts.Commitment> commitments = new ArrayList<>();
                for (HistoricProcessInstance commitment : calledBy(dialogue.getId(), DialogueCounting.COMMITMENT)) {
                    Map<String, Object> values = processVariables(Set.of(commitment.getId()),
                            List.of("commitmentUnit", "commitmentDeadline")).getOrDefault(commitment.getId(), Map.of());
                    Object deadline = values.get("commitmentDeadline");
                    commitments.add(new DialogueFacts.Commitment(commitment.getId(), commitment.getBusinessKey(),
                            (String) values.get("commitmentUnit"),
                            deadline == null ? null : ProcessDeadlines.toLocalDate(deadline),
                            COMPLETED.equals(commitment.getState()) ? day(commitment.getEndTime()) : null));
                }
                dialogues.add(new DialogueFacts(dialogue.getId(), dialogue.getBusinessKey(), day, commitments));
            }
            return dialogues;
        });
    }

    @Override
    public LocalDate today() {
        return WardClock.today();
    }

    private List<HistoricProcessInstance> calledBy(String superInstanceId, String processKey) {
        return historyService.createHistoricProcessInstanceQuery().superProcessInstanceId(superInstanceId)
                .processDefinitionKey(processKey).list();
    }

    /** The named variables of each instance, at the instance's own scope (a step's local copy is not the case's). */
    private Map<String, Map<String, Object>> processVariables(Collection<String> instanceIds, List<String> names) {
        Map<String, Map<String, Object>> values = new HashMap<>();
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

    /** When the instance first reached (or, with {@code finished}, first finished) the activity; null if never. */
    private Date firstReached(String instanceId, String activityId, boolean finished) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instanceId)
                .activityId(activityId).list().stream()
                .map(activity -> finished ? activity.getEndTime() : activity.getStartTime())
                .filter(time -> time != null).min(Comparator.naturalOrder()).orElse(null);
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
