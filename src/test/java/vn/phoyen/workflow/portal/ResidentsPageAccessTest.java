package vn.phoyen.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/**
 * On the running application: the residents' page, its assets and its API open without login and with their
 * browser protections; the staff APIs still behind the login, also for paths dressed up as public ones; the page's
 * own files free of inline script and of any way to turn text into markup.
 */
@EngineTest
class ResidentsPageAccessTest {

    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    @Test
    void thePageAndItsAssetsNeedNoLoginAndCarryTheProtections() {
        for (String path : new String[] {"/", "/index.html", "/assets/residents.css", "/assets/residents.js",
                "/api/public/categories"}) {
            ResponseEntity<String> answer = rest.getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(answer.getHeaders().getFirst("Content-Security-Policy")).as(path)
                    .isEqualTo(ResidentsPageHeaders.CONTENT_SECURITY_POLICY).contains("default-src 'self'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.getHeaders().getFirst("Referrer-Policy")).as(path).isEqualTo("no-referrer");
        }
        ResponseEntity<String> page = rest.getForEntity("/", String.class);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).contains("<html lang=\"vi\">", "Gửi phản ánh, kiến nghị");
        assertThat(rest.getForEntity("/assets/residents.js", String.class).getHeaders().getContentType().toString())
                .contains("javascript");
    }

    @Test
    void theCamundaWebappsKeepTheirOwnHeaders() {
        ResponseEntity<String> tasklist = rest.getForEntity("/camunda/app/tasklist/", String.class);
        assertThat(tasklist.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasklist.getHeaders().getFirst("Content-Security-Policy"))
                .isNotEqualTo(ResidentsPageHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void theStaffApisStillNeedALogin() {
        assertThat(rest.getForEntity("/api/dashboard?from=2026-01-01&to=2026-03-31", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/reception-days?from=2026-01-01&to=2026-03-31", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/api/plan-years/2026/launch", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/user", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aStaffPathDressedAsAPublicOneStillNeedsALogin() throws IOException {
        for (String path : new String[] {"/api/public/../../engine-rest/user", "/api/public/%2e%2e/%2e%2e/engine-rest/user",
                "/api/public/..;/..;/engine-rest/user", "/api/public/../reception-days?from=2026-01-01&to=2026-01-31",
                "/actuator/health/../prometheus"}) {
            assertThat(statusOfRawRequest(path)).as(path).isIn(400, 401);
        }
    }

    @Test
    void thePageHasNoInlineScriptAndNeverTurnsTextIntoMarkup() throws IOException {
        String html = resource("static/index.html");
        assertThat(html).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                .doesNotContainPattern("\\son[a-z]+\\s*=").doesNotContainPattern("\\sstyle\\s*=")
                .doesNotContain("javascript:").contains("<html lang=\"vi\">", "name=\"viewport\"");
        String script = resource("static/assets/residents.js");
        assertThat(script).doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(",
                "new Function", "setAttribute('on", "setTimeout('", ".style.");
    }

    /** A request sent as written: HTTP clients would tidy up "..", which is the point of the test. */
    private int statusOfRawRequest(String path) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String statusLine = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
