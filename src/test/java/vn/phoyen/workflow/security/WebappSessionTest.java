package vn.phoyen.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * One login: a person logged in to Tasklist or Cockpit reaches the staff API (the dashboard, a report's document) as
 * himself, with his groups; programs keep HTTP Basic; a page's call without a login gets 401 with no Basic challenge
 * (no browser prompt), a page the browser navigates to is sent to the login; {@code /engine-rest} keeps Basic only.
 */
class WebappSessionTest extends ProcessTest {

    static final String DASHBOARD = "/api/dashboard?from=2026-01-01&to=2026-03-31";
    /** A holidays notice the API refuses (no valid date), so nothing is stored whatever happens. */
    static final String BROKEN_NOTICE = "date,kind,name\n2027-02-31,holiday,Tết\n";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate rest;

    @Test
    void aCockpitLoginReachesTheDashboardAsThatUser() {
        WebappLogin vhxh = WebappLogin.as(rest, "vhxh.head", "cockpit");

        ResponseEntity<Map> figures = rest.exchange(DASHBOARD, HttpMethod.GET, new HttpEntity<>(vhxh.headers(false)), Map.class);

        assertThat(figures.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(figures.getBody()).containsEntry("from", "2026-01-01").containsKeys("units", "procedures");
    }

    @Test
    void aTasklistLoginIsThatUserWithHisGroups() {
        WebappLogin officer = WebappLogin.as(rest, "vp.officer", "tasklist");

        ResponseEntity<Map> refused = rest.exchange(DASHBOARD, HttpMethod.GET, new HttpEntity<>(officer.headers(false)),
                Map.class);

        // logged in, but not of the supervising office: 403, not 401
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).startsWith("Chỉ Phòng Văn hoá - Xã hội");
    }

    @Test
    void aReportDocumentDownloadsWithTheWebappLogin() {
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        ProcessInstance report = runtimeService.startProcessInstanceByKey("ward-report", Map.of("period", "2025-Q3"));
        WebappLogin chairman = WebappLogin.as(rest, "lanhdao.head", "tasklist");
        HttpHeaders headers = chairman.headers(false);
        // a link the browser opens: it asks for anything
        headers.setAccept(List.of(MediaType.ALL));
        headers.remove("X-Requested-With");

        ResponseEntity<byte[]> document = rest.exchange("/api/reports/" + report.getId() + "/document", HttpMethod.GET,
                new HttpEntity<>(headers), byte[].class);

        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(document.getHeaders().getContentType().toString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.getBody()).startsWith('P', 'K');
    }

    @Test
    void programsKeepHttpBasic() {
        assertThat(rest.withBasicAuth("vhxh.head", "demo").getForEntity(DASHBOARD, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("vhxh.head", "wrong").getForEntity(DASHBOARD, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> anonymous = rest.getForEntity(DASHBOARD, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void aPageWithoutALoginGetsNoBasicChallenge() {
        HttpHeaders xhr = new HttpHeaders();
        xhr.set("X-Requested-With", "XMLHttpRequest");
        xhr.setAccept(List.of(MediaType.APPLICATION_JSON));

        ResponseEntity<Map> answer = rest.exchange(DASHBOARD, HttpMethod.GET, new HttpEntity<>(xhr), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().containsKey(HttpHeaders.WWW_AUTHENTICATE)).isFalse();
        assertThat((String) answer.getBody().get("message")).startsWith("Cần đăng nhập");
    }

    @Test
    void aPageOpenedWithoutALoginIsSentToTheLogin() throws Exception {
        // a link the browser follows (HTML first); the JDK client does not follow the redirect
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/api/reports/unknown/document"))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build(), BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValueSatisfying(location ->
                assertThat(location).endsWith("/camunda/app/cockpit/default/#/login"));
        assertThat(answer.headers().firstValue("WWW-Authenticate")).isEmpty();
    }

    @Test
    void aChangeOnTheSessionNeedsTheWebappsCsrfToken() {
        WebappLogin admin = WebappLogin.as(rest, "demo", "cockpit");
        HttpHeaders forged = admin.headers(false);
        forged.setContentType(MediaType.valueOf("text/csv"));

        ResponseEntity<Map> refused = rest.exchange("/api/calendar/years/2027", HttpMethod.PUT,
                new HttpEntity<>(BROKEN_NOTICE, forged), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).contains("X-XSRF-TOKEN");
        HttpHeaders genuine = admin.headers(true);
        genuine.setContentType(MediaType.valueOf("text/csv"));
        // with the token the call reaches the API (which then refuses the broken notice on its own terms)
        assertThat(rest.exchange("/api/calendar/years/2027", HttpMethod.PUT, new HttpEntity<>(BROKEN_NOTICE, genuine),
                Map.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void theEngineRestApiKeepsBasicOnly() {
        WebappLogin admin = WebappLogin.as(rest, "demo", "cockpit");

        ResponseEntity<String> answer = rest.exchange("/engine-rest/task/count", HttpMethod.GET,
                new HttpEntity<>(admin.headers(false)), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
