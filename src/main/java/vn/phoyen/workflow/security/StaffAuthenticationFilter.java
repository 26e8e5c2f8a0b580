package vn.phoyen.workflow.security;

import java.util.List;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic against Camunda's identity for the staff APIs, so REST calls run as the calling user and
 * the engine's authorizations apply to them. The residents' API and the health probe stay open.
 */
class StaffAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    static final List<String> OPEN_PATH_PREFIXES = List.of("/api/public/", "/actuator/health");

    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return OPEN_PATH_PREFIXES.stream().noneMatch(requestUrl::startsWith);
    }
}
