package vn.phoyen.workflow.process.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * While the database is unreachable, every API answers 503 with {@link DatabaseOutage#MESSAGE} and
 * {@code Retry-After}, never 500: this filter wraps the whole chain of {@code /engine-rest}, the staff API, the
 * residents' API and the webapps' APIs, so an outage met anywhere in it (the staff login reads the engine's users
 * first) is answered so. Failures that the JAX-RS and Spring MVC layers turn into answers themselves are answered the
 * same way there (the platform's exception mappers, the residents' API's error answers).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageResponses {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageResponses.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RESIDENTS_API = "/api/public/";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> databaseOutageAnswered() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } catch (ServletException | IOException | RuntimeException failed) {
                    if (response.isCommitted() || !DatabaseOutage.causedBy(failed)) {
                        throw failed;
                    }
                    LOG.warn("{} {}: the database is unreachable ({})", request.getMethod(), request.getRequestURI(),
                            failed.toString());
                    String path = request.getRequestURI().substring(request.getContextPath().length());
                    // the residents' API answers {error}, the staff's and Camunda's {message}
                    answer(response, path.startsWith(RESIDENTS_API) ? "error" : "message");
                }
            }
        });
        registration.setName("database-outage-answered");
        registration.addUrlPatterns("/engine-rest/*", "/api/*", "/camunda/api/*");
        // outside the staff login, which is the first to read the database
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    private static void answer(HttpServletResponse response, String messageField) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, DatabaseOutage.RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        JSON.writeValue(response.getOutputStream(), Map.of(messageField, DatabaseOutage.MESSAGE));
    }
}
