package vn.phoyen.workflow.complaint;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.CaseAccess;
import vn.phoyen.workflow.organization.Organization;

/**
 * Second start listener of {@code complaint} (after {@code caseStart} gave the case its number): names the case
 * in task names ({@code taskLabel} = the case number), lets the Party inspection committee ({@code ubkt}), which
 * follows complaints, read it, and lets the case office record a withdrawal through the REST API
 * (message {@code complaintWithdrawn}, which needs UPDATE on the instance).
 */
@Component("complaintFollowers")
class ComplaintFollowers implements ExecutionListener {

    static final String FOLLOWING_UNIT = "ubkt";

    private final Organization organization;

    ComplaintFollowers(Organization organization) {
        this.organization = organization;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("taskLabel", execution.getProcessBusinessKey());
        AuthorizationService authorizations = execution.getProcessEngineServices().getAuthorizationService();
        CaseAccess.letGroupRead(authorizations, FOLLOWING_UNIT, execution.getProcessInstanceId());
        CaseAccess.letCaseOfficeUpdate(authorizations, organization, execution.getProcessInstanceId());
    }
}
