package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.CaseAccess;
import vn.phoyen.workflow.organization.Organization;

/**
 * Start listener of {@code denunciation}: lets the case office record a written withdrawal (Law 25/2018 Art. 33)
 * through the REST API — message {@code denunciationWithdrawn}, which needs UPDATE on the instance.
 */
@Component("denunciationWithdrawalGrant")
class DenunciationWithdrawalGrant implements ExecutionListener {

    private final Organization organization;

    DenunciationWithdrawalGrant(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void notify(DelegateExecution execution) {
        CaseAccess.letCaseOfficeUpdate(execution.getProcessEngineServices().getAuthorizationService(), organization,
                execution.getProcessInstanceId());
    }
}
