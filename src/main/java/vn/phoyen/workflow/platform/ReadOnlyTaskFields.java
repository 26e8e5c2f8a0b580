package vn.phoyen.workflow.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (!"PUT".equalsIgnoreCase(request.getMethod()) || !TASK_UPDATE.matcher(path).matches()) {
                    chain.doFilter(request, response);
                    return;
                }
                byte[] body = request.getInputStream().readAllBytes();
                try {
                    JsonNode task = json.readTree(body);
                    if (task instanceof ObjectNode object && object.has(FORM_REF)) {
                        object.remove(FORM_REF);
                        body = json.writeValueAsBytes(object);
                    }
                } catch (IOException notJson) {
                    // Camunda answers it as it always did
                }
                chain.doFilter(new Body(request, body), response);
            }
        });
        registration.setName("read-only-task-fields");
        registration.addUrlPatterns("/engine-rest/task/*", "/camunda/api/engine/*");
        return registration;
    }

    private static final class Body extends HttpServletRequestWrapper {

        private final byte[] body;

        Body(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }

        @Override
        public String getHeader(String name) {
            return "Content-Length".equalsIgnoreCase(name) ? String.valueOf(body.length) : super.getHeader(name);
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
