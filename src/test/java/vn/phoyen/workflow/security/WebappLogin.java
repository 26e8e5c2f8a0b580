package vn.phoyen.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A person logged in to the Camunda webapps as the browser does it: the login page's anti-forgery token, then Camunda's
 * own login call. What is left is the browser's session cookie and the webapps' CSRF token.
 */
public record WebappLogin(String cookie, String csrfToken) {

    public static WebappLogin as(TestRestTemplate rest, String user, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
        String cookie = sessionCookie(page.getHeaders());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookie);
        headers.set("X-XSRF-TOKEN", token);
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
                new HttpEntity<>("username=" + user + "&password=demo", headers), String.class);
        assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
        // Camunda gives the session a new id at login
        String loggedIn = login.getHeaders().containsKey(HttpHeaders.SET_COOKIE) ? sessionCookie(login.getHeaders()) : cookie;
        HttpHeaders again = new HttpHeaders();
        again.set(HttpHeaders.COOKIE, loggedIn);
        ResponseEntity<String> me = rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
                new HttpEntity<>(again), String.class);
        String current = me.getHeaders().getFirst("X-XSRF-TOKEN");
        return new WebappLogin(loggedIn, current == null ? token : current);
    }

    /** Headers of a call from a page of this browser: the session cookie, and optionally the CSRF token. */
    public HttpHeaders headers(boolean withCsrfToken) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, cookie);
        headers.set("X-Requested-With", "XMLHttpRequest");
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        if (withCsrfToken) {
            headers.set("X-XSRF-TOKEN", csrfToken);
        }
        return headers;
    }

    private static String sessionCookie(HttpHeaders headers) {
        return headers.get(HttpHeaders.SET_COOKIE).stream().filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.substring(0, value.indexOf(';'))).findFirst().orElseThrow();
    }
}
