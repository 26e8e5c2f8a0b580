package vn.phoyen.workflow.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.process.web.BufferedRequest;

/**
 * In front of {@code /api/public/*}: each client's rate limits (429 with {@code Retry-After}) and the request body
 * cap (413), before anything reaches the controller. A body is read here, at most one byte past the cap, so a
 * body without a Content-Length cannot get round it.
 */
final class PublicApiGuard extends OncePerRequestFilter {

    private final RateLimiter submissions;
    private final RateLimiter lookups;
    private final ClientAddresses clients;
    private final int maxBodyBytes;
    private final ObjectMapper json;

    PublicApiGuard(RateLimiter submissions, RateLimiter lookups, ClientAddresses clients, int maxBodyBytes,
            ObjectMapper json) {
        this.submissions = submissions;
        this.lookups = lookups;
        this.clients = clients;
        this.maxBodyBytes = maxBodyBytes;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimiter> limit = limitOf(request);
        if (limit.isPresent()) {
            String client = clients.of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
            Optional<Duration> wait = limit.get().acquire(client);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                refuse(response, 429, "Bạn đã gửi quá nhiều yêu cầu trong thời gian ngắn. Vui lòng thử lại sau "
                        + waitText(seconds) + ".");
                return;
            }
        }
        if (request.getContentLengthLong() > maxBodyBytes) {
            refuse(response, 413, tooLarge());
            return;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(maxBodyBytes + 1);
            if (body.length > maxBodyBytes) {
                refuse(response, 413, tooLarge());
                return;
            }
            request = new BufferedRequest(request, body);
        }
        chain.doFilter(request, response);
    }

    /** Sending feedback has its own, tight limit; every other call that touches a case or the answers the other. */
    private Optional<RateLimiter> limitOf(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (path.equals("/api/public/categories")) {
            return Optional.empty();
        }
        if (path.equals("/api/public/feedback") && "POST".equals(request.getMethod())) {
            return Optional.of(submissions);
        }
        return Optional.of(lookups);
    }

    /** "45 giây", "2 phút": how long a resident must wait, as a person says it. */
    static String waitText(long seconds) {
        return seconds < 60 ? seconds + " giây" : (seconds + 59) / 60 + " phút";
    }

    private String tooLarge() {
        return "Nội dung gửi lên quá lớn (tối đa " + maxBodyBytes / 1024 + " KB). Vui lòng rút gọn rồi gửi lại.";
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), PublicError.of(message));
    }
}
