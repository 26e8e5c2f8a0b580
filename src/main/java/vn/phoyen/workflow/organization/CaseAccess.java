package vn.phoyen.workflow.organization;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;

import vn.phoyen.workflow.organization.engine.GroupGrants;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Lets a unit read one case, live and in history, without working on it: a unit that takes part in a case
 * (see {@link ParticipationGrants}) or one that follows it by law (the Party inspection committee follows
 * complaints); lets the case office record a resident's withdrawal. The rule grants, not the user whose step triggered it, so authorization checks are off for it.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    /** Call inside the engine (a listener or delegate). */
    public static void letGroupRead(AuthorizationService authorizations, String groupId, String processInstanceId) {
        GroupGrants grants = new GroupGrants(authorizations);
        EngineCommands.withoutAuthorization(() -> {
            grants.grant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
            grants.grant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
                    HistoricProcessInstancePermissions.READ);
            return null;
        });
    }

    /**
     * Leaves out the engine's grant of one task's history to a group that reads the whole case's history
     * ({@link #letGroupRead}, which lets it read the case's tasks too): made with the task in this command, it would
     * be a row per task and group kept as long as the history (issue 15). Call inside the engine, after the task's
     * candidates are named.
     */
    public static void leaveOutTaskHistoryGrant(String groupId, String taskId) {
        GroupGrants.leaveOutUnwritten(groupId, Resources.HISTORIC_TASK, taskId);
    }

    /**
     * Lets the case office record what the law lets a resident do to a running case, such as a withdrawal, through
     * a message to the instance (which needs UPDATE on it). UPDATE reads nothing: what the office sees of the case
     * comes from its tasks. Call inside the engine (a listener or delegate).
     */
    public static void letCaseOfficeUpdate(AuthorizationService authorizations, Organization organization,
            String processInstanceId) {
        GroupGrants grants = new GroupGrants(authorizations);
        EngineCommands.withoutAuthorization(() -> {
            grants.grant(organization.caseOffice().id(), Resources.PROCESS_INSTANCE, processInstanceId,
                    Permissions.UPDATE);
            return null;
        });
    }
}
