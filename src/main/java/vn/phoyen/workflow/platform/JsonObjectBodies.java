package vn.phoyen.workflow.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import vn.phoyen.workflow.process.web.BufferedRequest;

/**
 * Starting a case and completing a task take a JSON object ({@code {"variables": {…}}}). Camunda's REST reads a
 * {@code null} or empty body as no object at all and fails on it with a NullPointerException (500), and answers an
 * array or a string with a Jackson message in English. Such a body is refused here with 400 in Vietnamese, before
 * anything is started, on {@code /engine-rest} and on the webapps' engine API that Tasklist calls alike; so is a
 * variable Camunda could not convert or store ({@link VariableValues}).
 */
@Configuration(proxyBeanMethods = false)
class JsonObjectBodies {

    static final Pattern START_OR_COMPLETE = Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)"
            + "/(process-definition/(key/[^/]+(/tenant-id/[^/]+)?|[^/]+)/(start|submit-form)|task/[^/]+/(complete|submit-form))/?$");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> startAndCompleteTakeAJsonObject() {
        ObjectMapper json = new ObjectMapper();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter("POST", START_OR_COMPLETE) {
            @Override
            void filterBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
                    throws ServletException, IOException {
                JsonNode read = readable(json, body);
                String received = notAnObject(read);
                String problem = received != null ? "Nội dung yêu cầu phải là một đối tượng JSON, ví dụ {\"variables\": {}}; "
                        + "đã nhận " + received + "." : VariableValues.problem(read);
                if (problem != null) {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
                    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                    json.writeValue(response.getOutputStream(), Map.of("type", "InvalidRequestException", "message",
                            problem));
                    return;
                }
                chain.doFilter(new BufferedRequest(request, body), response);
            }
        });
        registration.setName("start-and-complete-take-a-json-object");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        return registration;
    }

    /** The body read once as JSON (a missing node when empty); null when it is not valid JSON. */
    private static JsonNode readable(ObjectMapper json, byte[] body) {
        try {
            JsonNode read = json.readTree(body);
            return read == null ? MissingNode.getInstance() : read;
        } catch (IOException unreadable) {
            return null;
        }
    }

    /** What the body is, in words, when it is not a JSON object; null when it is one. */
    private static String notAnObject(JsonNode read) {
        if (read == null) {
            return "dữ liệu không phải JSON hợp lệ";
        }
        if (read.isMissingNode()) {
            return "nội dung trống";
        }
        if (read.isObject()) {
            return null;
        }
        if (read.isNull()) {
            return "null";
        }
        if (read.isArray()) {
            return "một mảng";
        }
        if (read.isTextual()) {
            return "một chuỗi ký tự";
        }
        return read.isNumber() ? "một số" : "một giá trị đúng/sai";
    }
}
