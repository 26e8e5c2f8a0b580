package vn.phoyen.workflow.organization.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * Adds permissions to a group's grant on one resource, creating the grant only when it is missing (safe to repeat).
 * Knows the engine's entity cache, hence in the adapter package.
 */
public class GroupGrants {

    private final AuthorizationService authorizationService;

    public GroupGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext != null) {
            grantInCommand(commandContext, groupId, resource, resourceId, permissions);
            return;
        }
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (hasAll(authorization, permissions)) {
            return;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
    }

    /**
     * Inside the engine (a listener or delegate granting for a rule, checks off): one look-up and the insert, written
     * with the command's other rows. Through the service each grant was a command of its own with four more queries
     * (its own look-up, the engine's two uniqueness checks, the history look-up for the removal time), for the grants
     * made on every task (issue 15).
     */
    private static void grantInCommand(CommandContext commandContext, String groupId, Resource resource,
            String resourceId, Permission... permissions) {
        // a grant created earlier in the same transaction (e.g. for the second of two tasks a multi-instance step
        // gives the same unit) is not in the database yet: a query cannot see it, the entity cache holds it
        AuthorizationEntity grant = pendingGrant(groupId, resource, resourceId);
        if (grant == null && !startedInThisCommand(commandContext, resource, resourceId)) {
            grant = commandContext.getAuthorizationManager()
                    .findAuthorizationByGroupIdAndResourceId(AUTH_TYPE_GRANT, groupId, resource, resourceId);
        }
        if (grant == null) {
            grant = new AuthorizationEntity(AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            for (Permission permission : permissions) {
                grant.addPermission(permission);
            }
            giveHistoryGrantItsCase(commandContext, grant);
            commandContext.getAuthorizationManager().insert(grant);
            return;
        }
        // a grant read or created in this command is written with its changes when the command ends
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
    }

    /**
     * A case that starts in this command has a new id: no grant on it (running or in history) can be in the database
     * yet, so it is not looked for (two queries per case started, issue 15).
     */
    private static boolean startedInThisCommand(CommandContext commandContext, Resource resource, String resourceId) {
        if (resource.resourceType() != Resources.PROCESS_INSTANCE.resourceType()
                && resource.resourceType() != Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
            return false;
        }
        CachedDbEntity instance = commandContext.getDbEntityManager().getDbEntityCache()
                .getCachedEntity(ExecutionEntity.class, resourceId);
        return instance != null && instance.getEntityState() == DbEntityState.TRANSIENT;
    }

    /**
     * A grant on an instance's history carries the instance's root and the removal time of the root's history (set
     * as the root starts, ADR 0013), after which the history cleanup deletes it. The engine's save took both from the
     * instance's history, which a grant made in the transaction that starts the instance comes before: those grants
     * stayed for ever (issue 15). The running instance, and its root's history when it started in this command, are
     * in the command's entity cache.
     */
    private static void giveHistoryGrantItsCase(CommandContext commandContext, AuthorizationEntity grant) {
        if (grant.getResourceType() != Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
            return;
        }
        ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(grant.getResourceId());
        // an instance that is not running: its own history carries its root and the root's removal time
        String looked = instance != null ? instance.getRootProcessInstanceId() : grant.getResourceId();
        HistoricProcessInstanceEventEntity history = commandContext.getDbEntityManager()
                .selectById(HistoricProcessInstanceEventEntity.class, looked);
        grant.setRootProcessInstanceId(history != null ? history.getRootProcessInstanceId() : looked);
        if (history != null) {
            grant.setRemovalTime(history.getRemovalTime());
        }
    }

    /**
     * Leaves out a group's grant made earlier in this command and not written yet (nothing is written for it); a grant
     * already in the database stays. Call inside the engine.
     */
    public static void leaveOutUnwritten(String groupId, Resource resource, String resourceId) {
        AuthorizationEntity grant = pendingGrant(groupId, resource, resourceId);
        if (grant == null) {
            return;
        }
        DbEntityManager entities = Context.getCommandContext().getDbEntityManager();
        if (entities.getDbEntityCache().getCachedEntity(grant).getEntityState() == DbEntityState.TRANSIENT) {
            entities.delete(grant);
        }
    }

    private static AuthorizationEntity pendingGrant(String groupId, Resource resource, String resourceId) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null) {
            return null;
        }
        return commandContext.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class).stream()
                .filter(grant -> grant.getAuthorizationType() == AUTH_TYPE_GRANT)
                .filter(grant -> groupId.equals(grant.getGroupId()))
                .filter(grant -> Objects.equals(grant.getResourceType(), resource.resourceType()))
                .filter(grant -> resourceId.equals(grant.getResourceId()))
                .findFirst().orElse(null);
    }

    private static boolean hasAll(Authorization authorization, Permission... permissions) {
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }
}
