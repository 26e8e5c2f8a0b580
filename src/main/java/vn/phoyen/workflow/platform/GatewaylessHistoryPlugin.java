package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * A gateway's passage is not written to the history tables (ADR 0016): no one reads it — the case file reads tasks,
 * operations and variables, the dashboard and the milestones read named tasks and events — and the step after a
 * gateway shows which way the case went. They were half of a feedback case's activity-instance rows (BENCHMARKS.md,
 * change 30). Only the database's handler is wrapped: the other history handlers still receive every event, and
 * every other event is written as the engine writes it.
 */
@Component
class GatewaylessHistoryPlugin extends AbstractProcessEnginePlugin {

    private static final Set<String> GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE,
            ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX,
            ActivityTypes.GATEWAY_EVENT_BASED);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        // where the engine would put its own database handler: after the custom ones
        handlers.add(withoutGateways(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    static HistoryEventFilter withoutGateways(HistoryEventHandler database) {
        return new HistoryEventFilter(database, GatewaylessHistoryPlugin::notAGatewaysPassage);
    }

    private static boolean notAGatewaysPassage(HistoryEvent event) {
        return !(event instanceof HistoricActivityInstanceEventEntity activity
                && GATEWAYS.contains(activity.getActivityType()));
    }
}
