package vn.phoyen.workflow.organization;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;

/** Adds permissions to a group's grant on one resource, creating the grant only when it is missing (safe to repeat). */
class GroupGrants {

    private final AuthorizationService authorizationService;

    GroupGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
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

    private static boolean hasAll(Authorization authorization, Permission... permissions) {
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                return false;
            }
        }
        return true;
    }
}
