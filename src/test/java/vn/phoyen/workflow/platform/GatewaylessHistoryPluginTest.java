package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.junit.jupiter.api.Test;

/** Only the database's handler loses the gateways' passages (ADR 0016); FeedbackHistoryTest shows it on a case. */
class GatewaylessHistoryPluginTest {

    private final List<HistoryEvent> written = new ArrayList<>();

    private final HistoryEventHandler database = new HistoryEventHandler() {
        @Override
        public void handleEvent(HistoryEvent event) {
            written.add(event);
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            written.addAll(events);
        }
    };

    @Test
    void theDatabaseHandlerIsReplacedByTheFilteredOneAfterTheOthers() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(database)));

        new GatewaylessHistoryPlugin().preInit(configuration);

        assertThat(configuration.isEnableDefaultDbHistoryEventHandler()).isFalse();
        assertThat(configuration.getCustomHistoryEventHandlers()).hasSize(2).first().isSameAs(database);
        assertThat(configuration.getCustomHistoryEventHandlers().get(1))
                .isInstanceOf(HistoryEventFilter.class);
    }

    @Test
    void everyKindOfGatewayIsLeftOutOneByOneAndInABatch() {
        HistoryEventFilter filter = GatewaylessHistoryPlugin.withoutGateways(database);
        HistoryEvent task = activity(ActivityTypes.TASK_USER_TASK);
        HistoryEvent endEvent = activity(ActivityTypes.END_EVENT_NONE);
        HistoryEvent instance = new HistoricProcessInstanceEventEntity();
        List<HistoryEvent> gateways = List.of(activity(ActivityTypes.GATEWAY_EXCLUSIVE),
                activity(ActivityTypes.GATEWAY_INCLUSIVE), activity(ActivityTypes.GATEWAY_PARALLEL),
                activity(ActivityTypes.GATEWAY_COMPLEX), activity(ActivityTypes.GATEWAY_EVENT_BASED));

        gateways.forEach(filter::handleEvent);
        filter.handleEvent(task);
        List<HistoryEvent> batch = new ArrayList<>(gateways);
        batch.add(endEvent);
        batch.add(instance);
        filter.handleEvents(batch);

        assertThat(written).containsExactly(task, endEvent, instance);
    }

    private static HistoryEvent activity(String type) {
        HistoricActivityInstanceEventEntity event = new HistoricActivityInstanceEventEntity();
        event.setActivityType(type);
        return event;
    }
}
