package vn.phoyen.workflow.platform;

import java.util.Set;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmProcessElement;

/**
 * History level full as the ward reads its history (ADR 0016): the engine's level {@code full}, under its id and name
 * so that a database written at full runs on, without the events no one reads. The engine then neither builds nor
 * writes them, nor looks up what they would carry (a job's creation looked up its definition, a batch and the case's
 * removal time):
 * <ul>
 * <li>a gateway's passage: the step after it shows which way the case went;</li>
 * <li>a job's creation: the job log keeps each run, failure and deletion, which the drills read to prove no job ran
 * twice;</li>
 * <li>the history of a task's candidate groups and assignee: the case file names who did what from the operation
 * log, and the open tasks' links are in the runtime tables.</li>
 * </ul>
 */
final class ReadHistoryLevel extends HistoryLevelFull {

    static final ReadHistoryLevel INSTANCE = new ReadHistoryLevel();

    private static final Set<HistoryEventType> NOT_READ = Set.of(HistoryEventTypes.JOB_CREATE,
            HistoryEventTypes.IDENTITY_LINK_ADD, HistoryEventTypes.IDENTITY_LINK_DELETE);

    private static final Set<HistoryEventType> ACTIVITY_INSTANCE = Set.of(HistoryEventTypes.ACTIVITY_INSTANCE_START,
            HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_END,
            HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE);

    private static final Set<String> GATEWAYS = Set.of(ActivityTypes.GATEWAY_EXCLUSIVE,
            ActivityTypes.GATEWAY_INCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX,
            ActivityTypes.GATEWAY_EVENT_BASED);

    private ReadHistoryLevel() {
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (NOT_READ.contains(eventType)) {
            return false;
        }
        // at parse time the entity is null and the listener that produces an activity's events is put on every step
        return !(ACTIVITY_INSTANCE.contains(eventType) && isGateway(activity(entity)));
    }

    private static PvmProcessElement activity(Object entity) {
        if (entity instanceof ExecutionEntity execution) {
            return execution.getActivity();
        }
        // a case moved to another version of its model (Cockpit's migration) while it waits at an event-based gateway
        return entity instanceof MigratingActivityInstance migrating ? migrating.getSourceScope() : null;
    }

    private static boolean isGateway(PvmProcessElement activity) {
        return activity != null && GATEWAYS.contains(activity.getProperty("type"));
    }
}
