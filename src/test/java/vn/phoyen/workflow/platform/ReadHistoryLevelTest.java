package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.migration.instance.MigratingActivityInstance;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.Mockito;

/** The ward's history level (ADR 0016); FeedbackHistoryTest shows it on a case, on H2 and PostgreSQL. */
class ReadHistoryLevelTest {

    private final HistoryLevel level = ReadHistoryLevel.INSTANCE;

    @Test
    void theEngineConfiguredAtFullTakesItUnderFullsIdAndName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setHistory(HistoryLevel.HISTORY_LEVEL_FULL.getName());

        new ReadHistoryLevelPlugin().preInit(configuration);
        configuration.initHistoryLevel();

        assertThat(configuration.getHistoryLevel()).isSameAs(ReadHistoryLevel.INSTANCE);
        assertThat(level.getId()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL.getId());
        assertThat(level.getName()).isEqualTo("full");
    }

    @ParameterizedTest
    @ValueSource(strings = {ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_INCLUSIVE,
            ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_COMPLEX, ActivityTypes.GATEWAY_EVENT_BASED})
    void noGatewaysPassageIsProduced(String gateway) {
        ExecutionEntity atGateway = at(gateway);

        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, atGateway)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, atGateway)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, atGateway)).isFalse();
        // the case's own events while it stands at the gateway are kept
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.PROCESS_INSTANCE_END, atGateway)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL, atGateway))
                .isTrue();
    }

    @Test
    void aCaseMovedToAnotherModelVersionWhileAtAGatewayWritesNoPassageEither() {
        MigratingActivityInstance atGateway = Mockito.mock(MigratingActivityInstance.class);
        Mockito.when(atGateway.getSourceScope()).thenReturn(at(ActivityTypes.GATEWAY_EVENT_BASED).getActivity());
        MigratingActivityInstance atTask = Mockito.mock(MigratingActivityInstance.class);
        Mockito.when(atTask.getSourceScope()).thenReturn(at(ActivityTypes.TASK_USER_TASK).getActivity());

        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE, atGateway)).isFalse();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE, atTask)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {ActivityTypes.TASK_USER_TASK, ActivityTypes.TASK_SERVICE, ActivityTypes.CALL_ACTIVITY,
            ActivityTypes.INTERMEDIATE_EVENT_MESSAGE, ActivityTypes.BOUNDARY_TIMER, ActivityTypes.END_EVENT_NONE})
    void everyOtherStepsActivityInstanceIsProduced(String step) {
        ExecutionEntity atStep = at(step);

        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, atStep)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, atStep)).isTrue();
    }

    @Test
    void everyStepGetsItsHistoryListenersWhenTheModelIsParsed() {
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_START, null)).isTrue();
        assertThat(level.isHistoryEventProduced(HistoryEventTypes.ACTIVITY_INSTANCE_END, null)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = HistoryEventTypes.class, names = {"JOB_CREATE", "IDENTITY_LINK_ADD", "IDENTITY_LINK_DELETE"})
    void aJobsCreationAndATasksLinksAreNotProduced(HistoryEventTypes type) {
        assertThat(level.isHistoryEventProduced(type, null)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = HistoryEventTypes.class, names = {"JOB_CREATE", "IDENTITY_LINK_ADD", "IDENTITY_LINK_DELETE",
            "ACTIVITY_INSTANCE_START", "ACTIVITY_INSTANCE_UPDATE", "ACTIVITY_INSTANCE_END",
            "ACTIVITY_INSTANCE_MIGRATE"},
            mode = EnumSource.Mode.EXCLUDE)
    void everyOtherEventIsProducedAsAtFull(HistoryEventTypes type) {
        assertThat(level.isHistoryEventProduced(type, null)).isTrue();
        assertThat(level.isHistoryEventProduced(type, at(ActivityTypes.GATEWAY_EXCLUSIVE))).isTrue();
    }

    private static ExecutionEntity at(String type) {
        ActivityImpl activity = new ActivityImpl(type + "Step", null);
        activity.setProperty("type", type);
        ExecutionEntity execution = new ExecutionEntity();
        execution.setActivity(activity);
        return execution;
    }
}
