package vn.phoyen.workflow.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;

import vn.phoyen.workflow.security.engine.LoginLocks;

/**
 * HTTP Basic against the engine's identity (which counts failures and locks), noting on the request why a login was
 * refused, in Vietnamese, for {@link StaffAuthenticationFilter} to answer with. A login verified in the last half
 * minute is taken as it was, with its groups and tenants ({@link RecentLogins}).
 */
public class WardBasicAuthentication extends HttpBasicAuthenticationProvider {

    static final String REFUSAL_ATTRIBUTE = WardBasicAuthentication.class.getName() + ".refusal";

    private final RecentLogins recentLogins = new RecentLogins();

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        Optional<RecentLogins.Login> recent = header == null ? Optional.empty() : recentLogins.find(header);
        if (recent.isPresent()) {
            return authenticated(recent.get());
        }
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
            if (result.getAuthenticatedUser() != null) {
                recentLogins.refused(result.getAuthenticatedUser());
            }
            request.setAttribute(REFUSAL_ATTRIBUTE, LoginLocks.refusal(engine, result.getAuthenticatedUser()));
            return result;
        }
        RecentLogins.Login login = memberships(engine, result.getAuthenticatedUser());
        recentLogins.verified(header, login);
        return authenticated(login);
    }

    private static RecentLogins.Login memberships(ProcessEngine engine, String userId) {
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
                .stream().map(Tenant::getId).toList();
        return new RecentLogins.Login(userId, groups, tenants);
    }

    private static AuthenticationResult authenticated(RecentLogins.Login login) {
        AuthenticationResult result = AuthenticationResult.successful(login.userId());
        result.setGroups(login.groups());
        result.setTenants(login.tenants());
        return result;
    }
}
