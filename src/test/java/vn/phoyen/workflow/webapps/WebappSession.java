package vn.phoyen.workflow.webapps;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A staff member logged in to the webapps as Tasklist logs in (session cookie, Camunda's CSRF token), calling the
 * webapps' own APIs under /camunda/api/ as Tasklist, Cockpit and Admin do.
 */
public final class WebappSession {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;
    private String csrfToken;

    private WebappSession(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    public static WebappSession login(int port, String user, String password) {
        WebappSession session = new WebappSession(port);
        session.send("GET", "/camunda/app/tasklist/default/", null, null);
        HttpResponse<String> login = session.send("POST", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("login of " + user + " answered " + login.statusCode() + ": " + login.body());
        }
        // the session (and its CSRF token) is renewed at login: a first call gets the new token
        session.send("GET", "/camunda/api/admin/auth/user/default", null, null);
        return session;
    }

    private static String cookieToken(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(cookie -> cookie.startsWith("XSRF-TOKEN="))
                .map(cookie -> cookie.substring("XSRF-TOKEN=".length()).split(";")[0]).reduce((first, last) -> last)
                .orElse(null);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, "application/json", json);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send("PUT", path, "application/json", json);
    }

    public HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    private HttpResponse<String> send(String method, String path, String type, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) {
            request.header("Content-Type", type);
        }
        if (csrfToken != null) {
            request.header("X-XSRF-TOKEN", csrfToken);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String token = response.headers().firstValue("X-XSRF-TOKEN").orElse(cookieToken(response));
            if (token != null && !token.isBlank()) {
                csrfToken = token;
            }
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
