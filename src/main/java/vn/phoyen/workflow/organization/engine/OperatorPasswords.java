package vn.phoyen.workflow.organization.engine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;

/**
 * Saves a user whose password the operator chose (an organisation file's initial password, {@code WARD_ADMIN_PASSWORD})
 * past the engine's password policy, which is for the passwords people set in Admin or their profile: the demo's
 * "demo" would otherwise stop the start. Only the engine's implementation offers the skip.
 */
public final class OperatorPasswords {

    private OperatorPasswords() {
    }

    public static void save(IdentityService identityService, User user) {
        ((IdentityServiceImpl) identityService).saveUser(user, true);
    }
}
