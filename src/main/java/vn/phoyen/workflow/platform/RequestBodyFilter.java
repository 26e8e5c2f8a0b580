package vn.phoyen.workflow.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A filter that reads the body of the REST calls it is for (one method, paths matching a pattern) before Camunda's
 * REST does, to refuse or change it; every other request passes untouched.
 */
abstract class RequestBodyFilter extends OncePerRequestFilter {

    private final String method;
    private final Pattern paths;

    RequestBodyFilter(String method, Pattern paths) {
        this.method = method;
        this.paths = paths;
    }

    @Override
    protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!method.equalsIgnoreCase(request.getMethod()) || !paths.matcher(path).matches()) {
            chain.doFilter(request, response);
            return;
        }
        filterBody(request, response, chain, request.getInputStream().readAllBytes());
    }

    /** The call with its body read: pass it on (a {@code BufferedRequest} carries the body) or answer it here. */
    abstract void filterBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
            throws ServletException, IOException;
}
