package vn.phoyen.workflow.platform;

import java.util.List;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/** A history event handler in front of another that passes on only the events it keeps, one by one or in a batch. */
public final class HistoryEventFilter implements HistoryEventHandler {

    private final HistoryEventHandler handler;
    private final Predicate<HistoryEvent> kept;

    public HistoryEventFilter(HistoryEventHandler handler, Predicate<HistoryEvent> kept) {
        this.handler = handler;
        this.kept = kept;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (kept.test(event)) {
            handler.handleEvent(event);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        handler.handleEvents(events.stream().filter(kept).toList());
    }
}
