package vn.phoyen.workflow.security;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

import vn.phoyen.workflow.security.engine.LoginLocks;

/**
 * HTTP Basic against the engine's identity (which counts failures and locks), noting on the request why a login was
 * refused, in Vietnamese, for {@link StaffAuthenticationFilter} to answer with.
 */
public class WardBasicAuthentication extends HttpBasicAuthenticationProvider {

    static final String REFUSAL_ATTRIBUTE = WardBasicAuthentication.class.getName() + ".refusal";

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
            request.setAttribute(REFUSAL_ATTRIBUTE, LoginLocks.refusal(engine, result.getAuthenticatedUser()));
        }
        return result;
    }
}
