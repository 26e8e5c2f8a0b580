package vn.phoyen.workflow.plan;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;

import vn.phoyen.workflow.process.CurrentStaff;

/**
 * Starts plan task processes on the engine; the only class of the launch that knows Camunda.
 *
 * <p>It works without the caller's authentication. Who may launch a plan year is the launcher's rule
 * (administrators and the supervising office). Granting the supervising office the engine's right to start
 * plan processes instead would let it start them one by one, outside a launch and its checks.
 */
class CamundaPlanTaskStarter implements PlanTaskStarter {

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final IdentityService identityService;

    CamundaPlanTaskStarter(ProcessEngine engine) {
        this.runtimeService = engine.getRuntimeService();
        this.historyService = engine.getHistoryService();
        this.identityService = engine.getIdentityService();
    }

    @Override
    public boolean hasInstance(Collection<String> processKeys, String businessKey) {
        // the history holds running and finished instances alike
        return withoutAuthorizationChecks(() -> historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(processKeys.toArray(String[]::new)).processInstanceBusinessKey(businessKey)
                .count() > 0);
    }

    @Override
    public void start(String processKey, String businessKey, Map<String, Object> variables) {
        withoutAuthorizationChecks(() -> runtimeService.startProcessInstanceByKey(processKey, businessKey, variables));
    }

    private <T> T withoutAuthorizationChecks(Supplier<T> work) {
        // the engine checks authorizations only while a user is authenticated
        Optional<CurrentStaff> caller = CurrentStaff.of(identityService);
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            // the ward has no tenants: the user and the groups are the whole login to put back
            caller.ifPresent(staff -> identityService.setAuthentication(staff.userId(), staff.groupIds()));
        }
    }
}
