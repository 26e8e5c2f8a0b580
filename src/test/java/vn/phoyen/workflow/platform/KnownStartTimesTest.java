package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineTest;

/**
 * A step or task that ends in a later transaction than it began gets its duration from the start time this node wrote,
 * and from the database where this node does not know it. The tests move the start times in the database a day back: a
 * duration under an hour shows the one in memory was used, a day's the one read back. (A case's own end reads its
 * history row anyway, for the removal time of the rows it writes.)
 */
@EngineTest
class KnownStartTimesTest {

    private static final long A_DAY = Duration.ofDays(1).toMillis();
    private static final long AN_HOUR = Duration.ofHours(1).toMillis();

    @Autowired
    KnownStartTimesPlugin plugin;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStepAndItsTaskCountFromTheStartTimesThisNodeWrote() {
        String instance = startedWithStartsMovedADayBack();

        finish(instance);

        assertThat(taskDuration(instance)).isBetween(0L, AN_HOUR);
        assertThat(stepDuration(instance)).isBetween(0L, AN_HOUR);
    }

    @Test
    void startTimesThisNodeDoesNotKnowAreReadFromTheDatabase() {
        String instance = startedWithStartsMovedADayBack();
        plugin.startTimes().forgetAll();

        finish(instance);

        assertThat(taskDuration(instance)).isGreaterThanOrEqualTo(A_DAY);
        assertThat(stepDuration(instance)).isGreaterThanOrEqualTo(A_DAY);
    }

    private String startedWithStartsMovedADayBack() {
        String instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02")).getId();
        // a day before the start the engine wrote (its clock, which tests may have moved)
        Instant started = historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult()
                .getStartTime().toInstant();
        Timestamp aDayBack = Timestamp.from(started.minus(Duration.ofDays(1)).minusSeconds(60));
        for (String table : new String[] {"ACT_HI_TASKINST", "ACT_HI_ACTINST"}) {
            assertThat(jdbc.update("UPDATE " + table + " SET START_TIME_ = ? WHERE PROC_INST_ID_ = ?", aDayBack,
                    instance)).isPositive();
        }
        return instance;
    }

    /** The task in one transaction, the deadline's timer in the next: the case ends. */
    private void finish(String instance) {
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance).singleResult().getId());
        managementService.executeJob(managementService.createJobQuery().processInstanceId(instance).singleResult()
                .getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
    }

    private long taskDuration(String instance) {
        return historyService.createHistoricTaskInstanceQuery().processInstanceId(instance).singleResult()
                .getDurationInMillis();
    }

    private long stepDuration(String instance) {
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance)
                .activityId("draftReport").singleResult().getDurationInMillis();
    }
}
