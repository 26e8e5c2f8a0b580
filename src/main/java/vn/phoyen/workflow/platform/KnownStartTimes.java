package vn.phoyen.workflow.platform;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.history.event.HistoricScopeInstanceEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * The engine's database history handler, told the start times it wrote. When a step or a task ends (or a task is
 * claimed) in a later transaction than it began, the engine's handler reads the start time of its history row back
 * from the database for the duration (11 queries per feedback case, issue 15). A start time never changes, so the one
 * this node wrote is taken from memory; a scope begun on another node or before a restart, or pushed out of the
 * bounded memory, is read as before. (A case's own end has read its row already, for the removal time.)
 */
final class KnownStartTimes extends DbHistoryEventHandler {

    /** Bounds the memory whatever the number of open cases: the oldest start goes first (about 160 bytes each). */
    static final int MAX_ENTRIES = 50_000;

    private final Map<String, Date> startTimes = BoundedMap.oldestPutFirstOut(MAX_ENTRIES);

    @Override
    protected void insertOrUpdate(HistoryEvent event) {
        if (!(event instanceof HistoricScopeInstanceEvent scope)) {
            super.insertOrUpdate(event);
            return;
        }
        if (isInitialEvent(event)) {
            super.insertOrUpdate(event);
            remember(event.getId(), scope.getStartTime());
            return;
        }
        Date known = ended(event) ? forget(event.getId()) : recall(event.getId());
        if (known == null || getDbEntityManager().getCachedEntity(event.getClass(), event.getId()) != null) {
            super.insertOrUpdate(event);
            return;
        }
        // what the engine's handler does once it has read the start time back
        scope.setStartTime(known);
        getDbEntityManager().merge(event);
    }

    /** The scope's last event: nothing will ask for its start time again. */
    private static boolean ended(HistoryEvent event) {
        return event.isEventOfType(HistoryEventTypes.ACTIVITY_INSTANCE_END)
                || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
                || event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)
                || event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END);
    }

    private synchronized void remember(String id, Date startTime) {
        if (id != null && startTime != null) {
            startTimes.put(id, startTime);
        }
    }

    private synchronized Date recall(String id) {
        return startTimes.get(id);
    }

    private synchronized Date forget(String id) {
        return startTimes.remove(id);
    }

    /** As after a restart, or for a scope begun on another node: every start time is read back again. */
    synchronized void forgetAll() {
        startTimes.clear();
    }
}
