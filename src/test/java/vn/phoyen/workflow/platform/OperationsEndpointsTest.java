package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/** Health probes answer without login; metrics and everything else of the staff side need it. */
@EngineTest
class OperationsEndpointsTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void healthLivenessAndReadinessAnswerWithoutLogin() {
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ResponseEntity<String> health = rest.getForEntity(path, String.class);
            assertThat(health.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(health.getBody()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void prometheusMetricsNeedALoginAndIncludeTheEngine() {
        assertThat(rest.getForEntity("/actuator/prometheus", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> metrics = rest.withBasicAuth("demo", "demo").getForEntity("/actuator/prometheus", String.class);

        assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metrics.getBody()).contains("jvm_memory_used_bytes", "hikaricp_connections",
                "ward_mail_outbox_waiting", "ward_mail_outbox_given_up");
    }

    @Test
    void theResidentsApiIsNotBehindTheStaffLogin() {
        assertThat(rest.getForEntity("/api/public/answers", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }
}
