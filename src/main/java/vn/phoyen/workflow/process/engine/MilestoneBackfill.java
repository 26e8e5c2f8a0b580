package vn.phoyen.workflow.process.engine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.process.CaseFactRecorder;
import vn.phoyen.workflow.process.CaseFacts;
import vn.phoyen.workflow.process.ProcessMilestones;
import vn.phoyen.workflow.process.WardClock;

/**
 * Gives the cases started before {@code ward_case_fact} existed their facts, read from the engine's history with the
 * procedures' own declarations: the standing from the instance's variables as they are now, resolved on the day a
 * declared activity was first reached, ended on the day the process ended. A case that has facts is left alone, so it
 * runs at every start and does something only the first time.
 */
@Component
class MilestoneBackfill {

    private static final Logger LOG = LoggerFactory.getLogger(MilestoneBackfill.class);

    private final CaseFacts facts;
    private final CaseFactRecorder recorder;
    private final TransactionTemplate transaction;

    MilestoneBackfill(CaseFacts facts, CaseFactRecorder recorder, PlatformTransactionManager transactions) {
        this.facts = facts;
        this.recorder = recorder;
        this.transaction = new TransactionTemplate(transactions);
    }

    void casesWithoutFacts(HistoryService history, Collection<ProcessMilestones> procedures) {
        for (ProcessMilestones procedure : procedures) {
            Set<String> recorded = facts.casesWithFacts(procedure.processKey());
            List<HistoricProcessInstance> missing = history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(procedure.processKey()).list().stream()
                    .filter(instance -> !recorded.contains(instance.getId())).toList();
            if (missing.isEmpty()) {
                continue;
            }
            Map<String, Map<String, Object>> variables = instanceVariables(history, procedure);
            Map<String, Date> resolved = firstReached(history, procedure);
            int done = 0;
            for (HistoricProcessInstance instance : missing) {
                try {
                    // one transaction per case, so a case is either backfilled whole or tried again next start
                    transaction.executeWithoutResult(status -> backfill(procedure, instance,
                            variables.getOrDefault(instance.getId(), Map.of()), resolved.get(instance.getId())));
                    done++;
                } catch (RuntimeException unreadable) {
                    // a case whose variables the declaration cannot read must not keep the system from starting
                    LOG.warn("Không ghi được mốc của hồ sơ {} ({}): {}", instance.getBusinessKey(), instance.getId(),
                            unreadable.getMessage());
                }
            }
            LOG.info("Đã ghi mốc cho {} hồ sơ {} có từ trước", done, procedure.processKey());
        }
    }

    private void backfill(ProcessMilestones procedure, HistoricProcessInstance instance, Map<String, Object> variables,
            Date resolvedAt) {
        String key = procedure.processKey();
        recorder.standing(key, instance.getId(), instance.getBusinessKey(), procedure.standing(variables));
        if (resolvedAt != null) {
            recorder.resolved(key, instance.getId(), instance.getBusinessKey(), day(resolvedAt));
        }
        if (instance.getEndTime() != null) {
            recorder.ended(key, instance.getId(), instance.getBusinessKey(), day(instance.getEndTime()));
        }
    }

    /** The standing variables of each instance, at the instance's own scope (a step's local copy is not the case's). */
    private static Map<String, Map<String, Object>> instanceVariables(HistoryService history,
            ProcessMilestones procedure) {
        Map<String, Map<String, Object>> values = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processDefinitionKey(procedure.processKey())
                .variableNameIn(procedure.standingVariables().toArray(String[]::new)).list()) {
            if (variable.getExecutionId().equals(variable.getProcessInstanceId())) {
                values.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue());
            }
        }
        return values;
    }

    /** For each instance, when it first reached one of the resolving activities. */
    private static Map<String, Date> firstReached(HistoryService history, ProcessMilestones procedure) {
        Map<String, Date> reached = new HashMap<>();
        for (String activityId : procedure.resolvingActivities()) {
            for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                    .activityId(activityId).list()) {
                if (procedure.processKey().equals(activity.getProcessDefinitionKey())) {
                    reached.merge(activity.getProcessInstanceId(), activity.getStartTime(),
                            (a, b) -> a.before(b) ? a : b);
                }
            }
        }
        return reached;
    }

    private static LocalDate day(Date time) {
        return LocalDate.ofInstant(time.toInstant(), WardClock.ZONE);
    }
}
