package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** ADR 0013: a case running when the removal time began to be written from the start gets one at the next start-up. */
@EngineTest
class RemovalTimeOfRunningCasesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ManagementService managementService;
    @Autowired
    AuthorizationService authorizationService;

    @AfterEach
    void cleanUp() {
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START);
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void aCaseStartedUnderTheOldStrategyGetsItsRemovalTimeFromItsStart() {
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
        String running = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02")).getId();
        configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_START);
        String startedSince = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02")).getId();
        assertThat(history(running).getRemovalTime()).isNull();
        assertThat(historyGrants(running)).extracting(Authorization::getRemovalTime).containsOnlyNulls();
        Date sinceRemoval = history(startedSince).getRemovalTime();

        RemovalTimeOfRunningCases.giveRemovalTime(engine);
        runBatchJobs();

        Date removal = Date.from(history(running).getStartTime().toInstant().plus(Duration.ofDays(30)));
        assertThat(history(running).getRemovalTime()).isEqualTo(removal);
        assertThat(historyGrants(running)).isNotEmpty().extracting(Authorization::getRemovalTime).containsOnly(removal);
        assertThat(history(startedSince).getRemovalTime()).isEqualTo(sinceRemoval);
    }

    @Test
    void withEveryRunningCaseGivenItsRemovalTimeNoBatchIsStarted() {
        runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "kthtdt", "receivedDate", "2026-03-02"));
        runBatchJobs();
        long batches = managementService.createBatchQuery().count();

        RemovalTimeOfRunningCases.giveRemovalTime(engine);

        assertThat(managementService.createBatchQuery().count()).isEqualTo(batches);
    }

    private HistoricProcessInstance history(String id) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private List<Authorization> historyGrants(String instanceId) {
        return authorizationService.createAuthorizationQuery().list().stream()
                .filter(grant -> instanceId.equals(grant.getRootProcessInstanceId())
                        || Resources.HISTORIC_PROCESS_INSTANCE.resourceType() == grant.getResourceType()
                        && instanceId.equals(grant.getResourceId()))
                .toList();
    }

    /** The job executor is off in tests: the batch's seed, work and monitor jobs are run here until none is left. */
    private void runBatchJobs() {
        List<String> batchJobDefinitions = managementService.createBatchQuery().list().stream()
                .flatMap(batch -> java.util.stream.Stream.of(batch.getSeedJobDefinitionId(),
                        batch.getBatchJobDefinitionId(), batch.getMonitorJobDefinitionId()))
                .toList();
        for (int round = 0; round < 20 && !batchJobDefinitions.isEmpty(); round++) {
            List<Job> jobs = managementService.createJobQuery().list().stream()
                    .filter(job -> batchJobDefinitions.contains(job.getJobDefinitionId())).toList();
            if (jobs.isEmpty()) {
                return;
            }
            jobs.forEach(job -> managementService.executeJob(job.getId()));
        }
    }
}
