package vn.phoyen.workflow.complaint;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.CaseAccess;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Second start listener of {@code complaint} (after {@code caseStart} gave the case its number): names the case
 * in task names ({@code taskLabel} = the case number), lets the Party inspection committee ({@code ubkt}), which
 * follows complaints, read it, and lets the handling office ({@code vp}) record a withdrawal through the REST API
 * (message {@code complaintWithdrawn}, which needs UPDATE on the instance).
 */
@Component("complaintFollowers")
class ComplaintFollowers implements ExecutionListener {

    static final String FOLLOWING_UNIT = "ubkt";
    static final String HANDLING_UNIT = "vp";

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("taskLabel", execution.getProcessBusinessKey());
        AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
        CaseAccess.letGroupRead(authorizations, FOLLOWING_UNIT, execution.getProcessInstanceId());
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
