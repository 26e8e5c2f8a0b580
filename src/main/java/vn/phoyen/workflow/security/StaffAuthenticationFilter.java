package vn.phoyen.workflow.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic against Camunda's identity for the staff APIs, so REST calls run as the calling user and
 * the engine's authorizations apply to them. The residents' API and the health probe stay open.
 */
class StaffAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    static final List<String> OPEN_PATH_PREFIXES = List.of("/api/public/", "/actuator/health");

    /**
     * Open only when both the path as sent and the path the server routes by are open: the parent class looks at
     * the raw request URI, the servlet container routes by the normalised one, so {@code /api/public/../../engine-rest/…}
     * must not pass as public.
     */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String routed = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        String sent = http.getRequestURI().substring(http.getContextPath().length());
        if (isOpen(routed) && isOpen(sent)) {
            chain.doFilter(request, response);
        } else {
            super.doFilter(request, response, chain);
        }
    }

    /** Everything that reaches the parent class needs a login (open paths were let through above). */
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }

    private static boolean isOpen(String path) {
        return OPEN_PATH_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
