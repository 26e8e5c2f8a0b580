package vn.phoyen.workflow.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.phoyen.workflow.process.web.BufferedRequest;

/**
 * Tasklist saves a task (due date, follow-up date, "× Bỏ hạn xử lý") by sending back the task as it read it,
 * {@code camundaFormRef} included; Camunda's REST cannot read that field back (an interface), so every such save of
 * a task with a Camunda Form ended in a Jackson error (400, empty message). The field is read-only: it is dropped
 * from {@code PUT …/task/{id}} bodies, on {@code /engine-rest} and on the webapps' engine API alike.
 */
@Configuration(proxyBeanMethods = false)
class ReadOnlyTaskFields {

    static final Pattern TASK_UPDATE = Pattern.compile("^(/engine-rest|/camunda/api/engine/engine/[^/]+)/task/[^/]+/?$");
    static final String FORM_REF = "camundaFormRef";

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> readOnlyTaskFieldsDropped() {
        ObjectMapper json = new ObjectMapper();
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                new RequestBodyFilter("PUT", TASK_UPDATE) {
            @Override
            void filterBody(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body)
                    throws ServletException, IOException {
                try {
                    JsonNode task = json.readTree(body);
                    if (task instanceof ObjectNode object && object.has(FORM_REF)) {
                        object.remove(FORM_REF);
                        body = json.writeValueAsBytes(object);
                    }
                } catch (IOException notJson) {
                    // Camunda answers it as it always did
                }
                chain.doFilter(new BufferedRequest(request, body), response);
            }
        });
        registration.setName("read-only-task-fields");
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        return registration;
    }
}
