package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Start listener of {@code denunciation}: lets the handling office ({@code vp}) record a written withdrawal (Law
 * 25/2018 Art. 33) through the REST API — message {@code denunciationWithdrawn}, which needs UPDATE on the instance.
 * UPDATE reads nothing: what the office sees of the case comes from its tasks, as before.
 */
@Component("denunciationWithdrawalGrant")
class DenunciationWithdrawalGrant implements ExecutionListener {

    static final String HANDLING_UNIT = "vp";

    @Override
    public void notify(DelegateExecution execution) {
        AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
        EngineCommands.withoutAuthorization(() -> {
            Authorization update = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            update.setGroupId(HANDLING_UNIT);
            update.setResource(Resources.PROCESS_INSTANCE);
            update.setResourceId(execution.getProcessInstanceId());
            update.addPermission(Permissions.UPDATE);
            authorizations.saveAuthorization(update);
            return null;
        });
    }
}
