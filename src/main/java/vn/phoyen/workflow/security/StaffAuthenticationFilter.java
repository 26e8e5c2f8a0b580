package vn.phoyen.workflow.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpHeaders;

/**
 * The staff's login for this system's APIs, so calls run as the calling user and the engine's authorizations apply
 * to them:
 * <ul>
 * <li>an {@code Authorization} header: HTTP Basic against Camunda's identity (programs, scripts; {@code /engine-rest}
 * knows only this); a refused login is told why in Vietnamese, a locked account included
 * ({@link WardBasicAuthentication});</li>
 * <li>otherwise, on {@code /api/**}: the Camunda webapps' session, i.e. a user logged in to Tasklist, Cockpit or
 * Admin is that user here too, with the groups the identity service gives him now. A call that changes something
 * ({@code POST}, {@code PUT}, {@code DELETE}, …) on the session must carry the webapps' CSRF token
 * ({@code X-XSRF-TOKEN}), as the webapps' own calls do;</li>
 * <li>neither: 401. A browser's own page ({@code X-Requested-With: XMLHttpRequest} from a script, or a page it
 * navigates to, asking for HTML) gets no Basic challenge, so no browser login prompt: the page asks the person to
 * log in to the webapps. Programs get the Basic challenge as before.</li>
 * </ul>
 * The residents' API and the health probe stay open.
 */
class StaffAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    static final List<String> OPEN_PATH_PREFIXES = List.of("/api/public/", "/actuator/health");
    static final String SESSION_PATH_PREFIX = "/api/";
    /** Where a person without a session logs in (the webapps' login; Cockpit keeps the page asked for). */
    static final String LOGIN_PAGE = "/camunda/app/cockpit/default/#/login";
    private static final String ENGINE = "default";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    static final String CSRF_TOKEN_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    private static final String CSRF_TOKEN_HEADER = "X-XSRF-TOKEN";

    private final ProcessEngine engine;

    StaffAuthenticationFilter(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * This application's engine, whatever name the call addresses: looked up by name, the engine could be another
     * one registered under the same name in this JVM (tests keep several application contexts), and the login would
     * be set on an engine the controllers do not use.
     */
    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine;
    }

    /**
     * Open only when both the path as sent and the path the server routes by are open: the parent class looks at
     * the raw request URI, the servlet container routes by the normalised one, so {@code /api/public/../../engine-rest/…}
     * must not pass as public.
     */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse answer = (HttpServletResponse) response;
        String routed = http.getServletPath() + (http.getPathInfo() == null ? "" : http.getPathInfo());
        String sent = http.getRequestURI().substring(http.getContextPath().length());
        if (isOpen(routed) && isOpen(sent)) {
            chain.doFilter(request, response);
            return;
        }
        if (http.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            super.doFilter(request, response, chain);
            Object refusal = http.getAttribute(WardBasicAuthentication.REFUSAL_ATTRIBUTE);
            if (refusal != null && !answer.isCommitted()) {
                refuse(answer, HttpServletResponse.SC_UNAUTHORIZED, refusal.toString());
            }
            return;
        }
        boolean sessionPath = routed.startsWith(SESSION_PATH_PREFIX) && sent.startsWith(SESSION_PATH_PREFIX);
        Authentication webappLogin = sessionPath ? webappLogin(http) : null;
        if (webappLogin != null) {
            if (!SAFE_METHODS.contains(http.getMethod().toUpperCase()) && !carriesCsrfToken(http)) {
                refuse(answer, HttpServletResponse.SC_FORBIDDEN,
                        "Yêu cầu thay đổi dữ liệu phải kèm mã chống giả mạo (X-XSRF-TOKEN) của phiên đăng nhập");
                return;
            }
            String userId = webappLogin.getIdentityId();
            if (engine.getIdentityService().createUserQuery().userId(userId).count() == 0) {
                refuse(answer, HttpServletResponse.SC_UNAUTHORIZED, "Phiên đăng nhập không còn hiệu lực, hãy đăng nhập lại");
                return;
            }
            setAuthenticatedUser(engine, userId, getGroupsOfUser(engine, userId), getTenantsOfUser(engine, userId));
            try {
                chain.doFilter(request, response);
            } finally {
                clearAuthentication(engine);
            }
            return;
        }
        if (isFromAPage(http)) {
            if (sessionPath && wantsAPage(http) && "GET".equalsIgnoreCase(http.getMethod())) {
                answer.sendRedirect(http.getContextPath() + LOGIN_PAGE);
            } else {
                refuse(answer, HttpServletResponse.SC_UNAUTHORIZED,
                        "Cần đăng nhập (Tasklist hoặc Cockpit) bằng tài khoản của phường");
            }
            return;
        }
        super.doFilter(request, response, chain);
    }

    /**
     * The login goes on this application's engine (the controllers of /api/**) and on the engine Camunda's REST
     * resources look up by name, should that be another one (tests keep several application contexts, each with an
     * engine named "default", in one JVM; in production they are the same engine).
     */
    @Override
    protected void setAuthenticatedUser(ProcessEngine ignored, String userId, List<String> groupIds,
            List<String> tenantIds) {
        for (ProcessEngine each : engines()) {
            super.setAuthenticatedUser(each, userId, groupIds, tenantIds);
        }
    }

    @Override
    protected void clearAuthentication(ProcessEngine ignored) {
        for (ProcessEngine each : engines()) {
            super.clearAuthentication(each);
        }
    }

    /**
     * The registry the REST resources' provider reads (Spring Boot's {@code SpringBootProcessEngineProvider}), asked
     * directly: the parent's look-up goes through a {@code ServiceLoader} on every call, whose class-path scan cost
     * ~4 % of the CPU of a feedback case, twice per request here (issue 15).
     */
    private List<ProcessEngine> engines() {
        ProcessEngine byName = ProcessEngines.getProcessEngine(ENGINE);
        return byName == null || byName == engine ? List.of(engine) : List.of(engine, byName);
    }

    /** Everything that reaches the parent class needs a login (open paths were let through above). */
    @Override
    protected boolean requiresEngineAuthentication(String requestUrl) {
        return true;
    }

    /** The user logged in to the webapps on this engine in this HTTP session, if any. */
    static Authentication webappLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentications logins = AuthenticationUtil.getAuthsFromSession(session);
        return logins == null ? null : logins.getAuthenticationForProcessEngine(ENGINE);
    }

    private static boolean carriesCsrfToken(HttpServletRequest request) {
        Object expected = request.getSession().getAttribute(CSRF_TOKEN_SESSION_ATTRIBUTE);
        String sent = request.getHeader(CSRF_TOKEN_HEADER);
        return expected != null && sent != null && expected.toString().equals(sent);
    }

    /** A browser, not a program: a script's call marked as such, or a page the browser navigates to. */
    private static boolean isFromAPage(HttpServletRequest request) {
        return "XMLHttpRequest".equalsIgnoreCase(request.getHeader("X-Requested-With")) || wantsAPage(request);
    }

    private static boolean wantsAPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("text/html");
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }

    private static boolean isOpen(String path) {
        return OPEN_PATH_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
