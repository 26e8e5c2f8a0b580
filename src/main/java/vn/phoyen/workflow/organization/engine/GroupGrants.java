package vn.phoyen.workflow.organization.engine;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.context.Context;
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
        // a grant created earlier in the same transaction (e.g. for the second of two tasks a multi-instance step
        // gives the same unit) is not in the database yet: a query cannot see it, the entity cache holds it
        AuthorizationEntity pending = pendingGrant(groupId, resource, resourceId);
        if (pending != null) {
            for (Permission permission : permissions) {
                pending.addPermission(permission);
            }
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
        giveHistoryGrantItsCase(authorization);
    }

    /**
     * The engine gives a grant on an instance's history the instance's root (and so, once the root ends, its removal
     * time, after which the history cleanup deletes it) only when it finds the history already written. A grant made
     * in the transaction that starts the instance comes before that write, so it would stay for ever (issue 15). The
     * saved grant is still in the entity cache, written at the end of the command: it gets the root from the running
     * instance, which the same cache holds.
     */
    private static void giveHistoryGrantItsCase(Authorization authorization) {
        CommandContext commandContext = Context.getCommandContext();
        if (commandContext == null || !(authorization instanceof AuthorizationEntity grant)
                || grant.getRootProcessInstanceId() != null
                || grant.getResourceType() != Resources.HISTORIC_PROCESS_INSTANCE.resourceType()) {
            return;
        }
        ExecutionEntity instance = commandContext.getExecutionManager().findExecutionById(grant.getResourceId());
        if (instance != null) {
            grant.setRootProcessInstanceId(instance.getRootProcessInstanceId());
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
