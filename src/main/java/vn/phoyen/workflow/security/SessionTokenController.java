package vn.phoyen.workflow.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * {@code GET /api/session/csrf-token}: the webapps' anti-forgery token of the caller's session, for a staff page's
 * change (an upload) once the person is logged in. The webapps hand the token out only once per session, in a header
 * of the first reading call, and their cookie is scoped to /camunda, so a page outside it cannot read it otherwise.
 * Another site cannot read this answer (same-origin policy), which is what keeps the token secret.
 */
@RestController
class SessionTokenController {

    @GetMapping("/api/session/csrf-token")
    ResponseEntity<Map<String, String>> token(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object token = session == null ? null : session.getAttribute(StaffAuthenticationFilter.CSRF_TOKEN_SESSION_ATTRIBUTE);
        return token == null
                ? ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("message",
                        "Phiên đăng nhập không có mã chống giả mạo; vui lòng đăng nhập lại"))
                : ResponseEntity.ok(Map.of("token", token.toString()));
    }
}
