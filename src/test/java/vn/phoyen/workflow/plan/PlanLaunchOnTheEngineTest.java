package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.organization.ResidentialGroup;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.organization.Organization;

/**
 * The launch on the real engine and its transactions, with a stand-in process in place of the plan task models,
 * so that what is tested here is the launch, not the models.
 */
@EngineTest
class PlanLaunchOnTheEngineTest {

    private static final String STAND_IN = "plan-launch-stand-in";

    @Autowired
    ProcessEngine engine;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;
    @Autowired
    IdentityService identityService;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    PlanCatalog catalog;
    @Autowired
    PlanSchedule schedule;
    @Autowired
    Organization organization;

    private String deploymentId;

    @BeforeEach
    void deployTheStandIn() {
        deploymentId = repositoryService.createDeployment()
                .addModelInstance(STAND_IN + ".bpmn", Bpmn.createExecutableProcess(STAND_IN)
                        .camundaHistoryTimeToLive(1)
                        .startEvent().receiveTask("waiting").endEvent().done())
                .deploy().getId();
    }

    @AfterEach
    void removeItWithItsInstances() {
        identityService.clearAuthentication();
        repositoryService.deleteDeployment(deploymentId, true);
    }

    @Test
    void startsAsTheLauncherRuleAllowsAndKeepsTheCallerLoggedIn() {
        identityService.setAuthentication("vhxh.officer", List.of("vhxh"));
        // the precondition: the supervising office may not start processes through the engine itself
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(STAND_IN))
                .isInstanceOf(AuthorizationException.class);

        new CamundaPlanTaskStarter(engine).start(STAND_IN, "KH12-2026-T01", Map.of("taskNumber", 1));

        assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("vhxh.officer");
        assertThat(identityService.getCurrentAuthentication().getGroupIds()).containsExactly("vhxh");
        identityService.clearAuthentication();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KH12-2026-T01").count()).isOne();
    }

    @Test
    void aFinishedInstanceOfTheSameProcessCountsAsStarted() {
        CamundaPlanTaskStarter starter = new CamundaPlanTaskStarter(engine);
        starter.start(STAND_IN, "KH12-2026-T02", Map.of());
        ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KH12-2026-T02")
                .singleResult();
        runtimeService.signal(instance.getId());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();

        identityService.setAuthentication("vhxh.officer", List.of("vhxh"));
        assertThat(starter.hasInstance(List.of(STAND_IN), "KH12-2026-T02")).isTrue();
        assertThat(starter.hasInstance(List.of("plan-task", STAND_IN), "KH12-2026-T02")).isTrue();
        assertThat(starter.hasInstance(List.of(STAND_IN), "KH12-2026-T03")).isFalse();
        assertThat(starter.hasInstance(List.of("plan-task", "plan-task-02"), "KH12-2026-T02")).isFalse();
    }

    @Test
    void theStartVariablesReadBackAsTheyWereSent() {
        LaunchResult result = launcherOnTheStandIn("").launch(2026, "vhxh.officer", List.of("vhxh"));

        assertThat(result).isEqualTo(new LaunchResult(2026, 3, 0));
        String instanceId = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KH12-2026-T02")
                .singleResult().getId();
        Map<String, Object> variables = runtimeService.getVariables(instanceId);
        assertThat(variables).containsEntry("leadUnits", List.of("kthtdt"))
                .containsEntry("supportUnits", List.of("vhxh", "banktns"))
                .containsEntry("reportingPeriods", List.of("2026-Q1", "2026-Q2"))
                .containsEntry("deadline", Date.from(ZonedDateTime.of(2026, 6, 30, 23, 59, 59, 0, WorkingCalendar.ZONE)
                        .toInstant()))
                .containsEntry("planYear", 2026)
                .containsEntry("launchedBy", "vhxh.officer");
        assertThat(runtimeService.getVariable(
                runtimeService.createProcessInstanceQuery().processInstanceBusinessKey("KH12-2026-T03").singleResult().getId(),
                "residentialGroups")).isEqualTo(List.of("Tổ dân phố số 1"));
    }

    @Test
    void aLaunchThatFailsHalfWayStartsNothingAndCanBeRepeated() {
        assertThatThrownBy(() -> launcherOnTheStandIn("KH12-2026-T03").launch(2026, "demo", List.of("camunda-admin")))
                .hasMessage("mô hình của nhiệm vụ không chạy được");

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(STAND_IN).count())
                .as("the two tasks started before the failure are rolled back").isZero();
        assertThat(launcherOnTheStandIn("").launch(2026, "demo", List.of("camunda-admin")))
                .isEqualTo(new LaunchResult(2026, 3, 0));
    }

    /** The application's launch with every task's process replaced by the stand-in; one business key may fail. */
    private PlanLauncher launcherOnTheStandIn(String failingBusinessKey) {
        PlanTaskStarter engineStarter = new CamundaPlanTaskStarter(engine);
        PlanTaskStarter standIn = new PlanTaskStarter() {

            @Override
            public boolean hasInstance(Collection<String> processKeys, String businessKey) {
                return engineStarter.hasInstance(List.of(STAND_IN), businessKey);
            }

            @Override
            public void start(String processKey, String businessKey, Map<String, Object> variables) {
                if (businessKey.equals(failingBusinessKey)) {
                    throw new IllegalStateException("mô hình của nhiệm vụ không chạy được");
                }
                engineStarter.start(STAND_IN, businessKey, variables);
            }
        };
        return new PlanLauncher(catalog, schedule, organization,
                List.of(new ResidentialGroup("tdp-1", "Tổ dân phố số 1", "vp", LocalDate.of(2025, 10, 31))), standIn,
                new TransactionTemplate(transactionManager));
    }
}
