package vn.phoyen.workflow.process.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CaseFactRecorder;
import vn.phoyen.workflow.process.ProcessMilestones;
import vn.phoyen.workflow.process.WardClock;

/**
 * Records the cases' facts as they happen, from what each procedure declares ({@link ProcessMilestones}, ADR 0006):
 * <ul>
 * <li>the standing (received day, lead unit, due day) whenever one of the variables it is read from changes at the
 * process instance's scope, however it changed (a step, a form, the calendar's deadline revision, an administrator),
 * once per command and after the command's own start listeners, so the case number is there;</li>
 * <li>resolved when one of the declared activities is reached;</li>
 * <li>ended when the process ends (the standing first, while its variables are still there).</li>
 * </ul>
 * The listeners are built-in ones, so an instance cancelled with its custom listeners skipped still ends in the
 * facts. Cases started before the facts existed are backfilled from the history once the engine is built.
 * <p>
 * Depends on the database's migrations: the engine is built after Flyway has created {@code ward_case_fact}, whatever
 * order the beans come in.
 */
@Component
@DependsOnDatabaseInitialization
class MilestoneRecording extends AbstractProcessEnginePlugin {

    private final Map<String, ProcessMilestones> procedures;
    private final CaseFactRecorder recorder;
    private final MilestoneBackfill backfill;
    /** The process instances whose standing variables changed, per running command. */
    private final Map<CommandContext, Changed> changed = new ConcurrentHashMap<>();

    MilestoneRecording(List<ProcessMilestones> procedures, CaseFactRecorder recorder, MilestoneBackfill backfill) {
        this.procedures = procedures.stream().collect(Collectors.toMap(ProcessMilestones::processKey,
                Function.identity(), (a, b) -> {
                    throw new IllegalStateException("hai khai báo mốc cho cùng quy trình " + a.processKey());
                }, LinkedHashMap::new));
        this.recorder = recorder;
        this.backfill = backfill;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        parseListeners.add(new Milestones());
        configuration.setCustomPostBPMNParseListeners(parseListeners);
        List<HistoryEventHandler> historyHandlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        historyHandlers.add(new StandingVariables());
        configuration.setCustomHistoryEventHandlers(historyHandlers);
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        // before the web server and the job executor start: no case moves while its past is read
        backfill.casesWithoutFacts(engine.getHistoryService(), procedures.values());
    }

    /**
     * Reads only the variables the standing is declared to depend on: all of them would deserialise the case's JSON
     * variables too, and one first deserialised as the command closes registers the engine's change check while the
     * closing listeners are being run (a ConcurrentModificationException).
     */
    private void recordStanding(ProcessMilestones procedure, DelegateExecution instance) {
        Map<String, Object> standingVariables = new HashMap<>();
        procedure.standingVariables().forEach(name -> standingVariables.put(name, instance.getVariableLocal(name)));
        recorder.standing(procedure.processKey(), instance.getProcessInstanceId(), instance.getProcessBusinessKey(),
                procedure.standing(standingVariables));
    }

    /** Adds the resolved and ended listeners to the declared models as they are deployed. */
    private final class Milestones extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element element, ProcessDefinitionEntity definition) {
            ProcessMilestones procedure = procedures.get(definition.getKey());
            if (procedure == null) {
                return;
            }
            for (String activityId : procedure.resolvingActivities()) {
                // an id of the model's earlier versions is not in this one
                ActivityImpl activity = definition.findActivity(activityId);
                if (activity != null) {
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                            (ExecutionListener) execution -> recorder.resolved(procedure.processKey(),
                                    execution.getProcessInstanceId(), execution.getProcessBusinessKey(),
                                    WardClock.today()));
                }
            }
            definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) instance -> {
                recordStanding(procedure, instance);
                changedIn(Context.getCommandContext()).ended(instance.getProcessInstanceId());
                recorder.ended(procedure.processKey(), instance.getProcessInstanceId(),
                        instance.getProcessBusinessKey(), WardClock.today());
            });
        }
    }

    /** Notes a change of a standing variable; the standing is recorded as the command closes. */
    private final class StandingVariables implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable) || variable.getTaskId() != null
                    || variable.getProcessInstanceId() == null
                    || !variable.getProcessInstanceId().equals(variable.getExecutionId())) {
                return;
            }
            ProcessMilestones procedure = procedures.get(variable.getProcessDefinitionKey());
            if (procedure == null || !procedure.standingVariables().contains(variable.getVariableName())) {
                return;
            }
            changedIn(Context.getCommandContext()).variableOf(variable.getProcessInstanceId(), procedure);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    private Changed changedIn(CommandContext command) {
        return changed.computeIfAbsent(command, context -> {
            Changed pending = new Changed();
            context.registerCommandContextListener(pending);
            return pending;
        });
    }

    private final class Changed implements CommandContextListener {

        final Map<String, ProcessMilestones> instances = new LinkedHashMap<>();
        /**
         * The instances that ended in this command: their end listener recorded the standing while the variables were
         * there; the engine removing them afterwards is no change of the case.
         */
        final Set<String> ended = new HashSet<>();

        void variableOf(String processInstanceId, ProcessMilestones procedure) {
            if (!ended.contains(processInstanceId)) {
                instances.put(processInstanceId, procedure);
            }
        }

        void ended(String processInstanceId) {
            ended.add(processInstanceId);
            instances.remove(processInstanceId);
        }

        @Override
        public void onCommandContextClose(CommandContext command) {
            changed.remove(command);
            instances.forEach((id, procedure) -> {
                ExecutionEntity instance = command.getExecutionManager().findExecutionById(id);
                if (instance != null && !instance.isEnded()) {
                    recordStanding(procedure, instance);
                }
            });
        }

        @Override
        public void onCommandFailed(CommandContext command, Throwable failure) {
            changed.remove(command);
        }
    }
}
