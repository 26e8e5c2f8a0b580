package vn.phoyen.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;

import org.apache.catalina.Container;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * Logins and sessions as the ward runs them: failed logins throttled and the account locked by the engine's own
 * settings until an administrator unlocks it, told in Vietnamese; the password policy for passwords people set; a
 * webapp session ending after 30 idle minutes; the webapps' CSRF protection on.
 */
class LoginAndSessionsTest extends ProcessTest {

    static final String USER = "thu.khoa";
    static final String PASSWORD = "Pho-Yen-2026!";
    static final String TASKS = "/engine-rest/task/count";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ServletWebServerApplicationContext web;

    IdentityService identity;

    @BeforeEach
    void aStaffMember() {
        identity = engine.getIdentityService();
        User user = identity.newUser(USER);
        user.setFirstName("Thử");
        user.setLastName("Khoá");
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(USER, "vp");
    }

    @AfterEach
    void removeTheStaffMember() {
        identity.deleteUser(USER);
    }

    @Test
    void fiveFailedLoginsLockTheAccountUntilAnAdministratorUnlocksIt() {
        LocalDateTime now = LocalDateTime.of(2026, 3, 2, 8, 0);
        EngineClock.setTo(now);
        ResponseEntity<Map> wrong = rest.withBasicAuth(USER, "sai-mat-khau").getForEntity(TASKS, Map.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getBody().get("message")).asString()
                .startsWith("Đăng nhập không thành công: sai tên đăng nhập hoặc mật khẩu.");

        // right after a failure even the right password waits (3 s after the first, doubling each time)
        ResponseEntity<Map> throttled = rest.withBasicAuth(USER, PASSWORD).getForEntity(TASKS, Map.class);
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(throttled.getBody().get("message")).asString().contains("tạm khoá", "hãy thử lại sau 08:00:03");

        for (int failure = 2; failure <= 5; failure++) {
            now = now.plusMinutes(2);
            EngineClock.setTo(now);
            assertThat(rest.withBasicAuth(USER, "sai-mat-khau").getForEntity(TASKS, Map.class).getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        EngineClock.setTo(now.plusDays(1));
        ResponseEntity<Map> locked = rest.withBasicAuth(USER, PASSWORD).getForEntity("/api/open-tasks", Map.class);
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(locked.getBody().get("message")).isEqualTo("Tài khoản 'thu.khoa' đã bị khoá sau 5 lần đăng nhập sai"
                + " liên tiếp. Đề nghị quản trị hệ thống mở khoá (Admin → Người dùng → Mở khóa người dùng).");
        assertThat(rest.withBasicAuth(USER, PASSWORD).getForEntity(TASKS, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webappLogin(USER, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        // what Admin's "Mở khóa người dùng" calls
        assertThat(rest.withBasicAuth("vp.officer", "demo").postForEntity("/engine-rest/user/" + USER + "/unlock", null,
                Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("demo", "demo").postForEntity("/engine-rest/user/" + USER + "/unlock", null,
                String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(rest.withBasicAuth(USER, PASSWORD).getForEntity(TASKS, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(USER, PASSWORD)).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aWeakPasswordIsRefusedInVietnameseAndAStrongOneAccepted() {
        ResponseEntity<Map> weak = changeOwnPassword("demo1234");

        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody().get("message")).isEqualTo("Mật khẩu chưa đủ mạnh theo chính sách mật khẩu của phường:"
                + " cần ít nhất 10 ký tự, ít nhất 1 chữ thường, ít nhất 1 chữ hoa, ít nhất 1 chữ số, ít nhất 1 ký tự đặc"
                + " biệt (như ! @ # $ %), không chứa tên đăng nhập, họ, tên hay địa chỉ e-mail của người dùng.");
        assertThat(rest.withBasicAuth(USER, PASSWORD).getForEntity(TASKS, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(changeOwnPassword("Ba-Muoi-Thang-4!").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(rest.withBasicAuth(USER, "Ba-Muoi-Thang-4!").getForEntity(TASKS, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // an administrator creating an account in Admin meets the same policy
        User weakNewcomer = identity.newUser("moi.vao");
        weakNewcomer.setPassword("123456");
        assertThatThrownBy(() -> identity.saveUser(weakNewcomer)).isInstanceOf(BadUserRequestException.class)
                .hasMessageStartingWith("Mật khẩu chưa đủ mạnh");
        assertThat(identity.createUserQuery().userId("moi.vao").count()).isZero();
    }

    @Test
    void aWebappSessionEndsAfterThirtyIdleMinutes() {
        Container[] contexts = ((TomcatWebServer) web.getWebServer()).getTomcat().getHost().findChildren();

        assertThat(contexts).singleElement().satisfies(context ->
                assertThat(((org.apache.catalina.Context) context).getSessionTimeout()).isEqualTo(30));
    }

    @Test
    void aWebappChangeWithoutTheCsrfTokenIsRefused() {
        WebappLogin officer = WebappLogin.as(rest, "vp.officer", "tasklist");
        String count = "/camunda/api/engine/engine/default/task/count";

        HttpHeaders forged = officer.headers(false);
        forged.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> refused = rest.exchange(count, HttpMethod.POST, new HttpEntity<>("{}", forged), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getFirst("X-XSRF-TOKEN")).isEqualTo("Required");

        HttpHeaders genuine = WebappLogin.as(rest, "vp.officer", "tasklist").headers(true);
        genuine.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.exchange(count, HttpMethod.POST, new HttpEntity<>("{}", genuine), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** What the profile page sends: the new password with the current one. */
    private ResponseEntity<Map> changeOwnPassword(String password) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(USER, PASSWORD).exchange("/engine-rest/user/" + USER + "/credentials", HttpMethod.PUT,
                new HttpEntity<>(Map.of("password", password, "authenticatedUserPassword", PASSWORD), json), Map.class);
    }

    private HttpStatus webappLogin(String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, page.getHeaders().get(HttpHeaders.SET_COOKIE).stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID=")).map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst().orElseThrow());
        headers.set("X-XSRF-TOKEN", page.getHeaders().getFirst("X-XSRF-TOKEN"));
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        return HttpStatus.valueOf(rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=" + password, headers), String.class)
                .getStatusCode().value());
    }
}
