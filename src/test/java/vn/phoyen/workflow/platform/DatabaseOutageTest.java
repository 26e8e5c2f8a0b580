package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.util.FileSystemUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.phoyen.workflow.TestMailServer;
import vn.phoyen.workflow.process.web.DatabaseOutage;

/**
 * The database goes away under a running node and comes back: PostgreSQL is stopped mid-run and started again on the
 * same port and data. While it is gone, readiness is DOWN and Camunda's REST, the staff API and the residents' API
 * answer 503 with the Vietnamese "try again" message and {@code Retry-After}; afterwards readiness is UP again without
 * a restart of the node, and the task whose completion failed is still open and can be completed.
 * <p>
 * The server is this test's own (the other tests' shared database stays untouched), so is the application context.
 * Its engine has its own name, {@code outage}, and the REST calls address it by that name: the engine registry of
 * the JVM keeps one engine per name, and the other contexts' REST calls must keep finding theirs under
 * {@code default} after this context is closed. Without the webapps: their filters are registered once per JVM
 * (Camunda's LazyInitRegistration), and a second application would take them from the other contexts and close them
 * with its own. Not an {@code @EngineTest}: it is on PostgreSQL in every run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.process-engine-name=" + DatabaseOutageTest.ENGINE, "camunda.bpm.webapp.enabled=false"})
@ActiveProfiles("test")
@ContextConfiguration(initializers = {DatabaseOutageTest.OwnPostgres.class, TestMailServer.class})
@DirtiesContext
class DatabaseOutageTest {

    static final String ENGINE = "outage";
    private static final String REST = "/engine-rest/engine/" + ENGINE;
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void whileTheDatabaseIsGoneEveryApiSaysTryAgainAndNothingIsLost() throws Exception {
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate",
                "2026-11-27", "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        Task assignment = taskService.createTaskQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey("assignOfficer").singleResult();
        assertThat(readiness()).isEqualTo(HttpStatus.OK);

        OwnPostgres.stop();

        awaitReadiness(HttpStatus.SERVICE_UNAVAILABLE);
        assertTryAgain(complete(assignment), "message");
        assertTryAgain(rest.withBasicAuth("vhxh.head", "demo").getForEntity("/api/open-tasks", String.class), "message");
        assertTryAgain(rest.getForEntity("/api/public/answers", String.class), "error");
        assertTryAgain(rest.postForEntity("/api/public/feedback", jsonBody(Map.of("senderName", "Nguyễn Thị Hoa",
                "senderContact", "0912 345 678", "category", "moi-truong", "title", "Rác thải ở đầu ngõ 12",
                "content", "Rác thải tồn đọng ở đầu ngõ 12 tổ dân phố Tân Thịnh đã ba ngày.")), String.class), "error");
        // liveness stays UP: an outage of the database is no reason to restart the node
        assertThat(rest.getForEntity("/actuator/health/liveness", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        OwnPostgres.start();

        awaitReadiness(HttpStatus.OK);
        assertThat(taskService.createTaskQuery().taskId(assignment.getId()).count())
                .as("the completion tried during the outage changed nothing").isEqualTo(1);
        ResponseEntity<String> redone = complete(assignment);
        assertThat(redone.getStatusCode()).as(redone.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(taskService.createTaskQuery().processInstanceId(feedback.getId()).taskDefinitionKey("draftAnswer")
                .count()).isEqualTo(1);
        runtimeService.deleteProcessInstance(feedback.getId(), "test");
    }

    private ResponseEntity<String> complete(Task assignment) {
        return rest.withBasicAuth("vp.head", "demo").exchange(REST + "/task/" + assignment.getId() + "/complete",
                HttpMethod.POST, jsonBody(Map.of("variables", Map.of("answerOfficer", Map.of("value", "vp.officer")))),
                String.class);
    }

    private void assertTryAgain(ResponseEntity<String> answer, String messageField) throws IOException {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(DatabaseOutage.RETRY_AFTER_SECONDS);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path(messageField).asText()).isEqualTo(DatabaseOutage.MESSAGE);
    }

    private HttpStatus readiness() {
        return HttpStatus.valueOf(rest.getForEntity("/actuator/health/readiness", String.class).getStatusCode().value());
    }

    private void awaitReadiness(HttpStatus expected) throws InterruptedException {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (readiness() != expected && Instant.now().isBefore(giveUp)) {
            Thread.sleep(250);
        }
        assertThat(readiness()).isEqualTo(expected);
    }

    private static HttpEntity<Object> jsonBody(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /**
     * This test's PostgreSQL server: a data directory of its own, kept when the server stops so that it starts again
     * with the same data on the same port, as a database server restarted under a running node does.
     */
    static class OwnPostgres implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final Path DATA = Path.of("target", "outage-postgres");
        private static int port;
        private static EmbeddedPostgres server;

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            try {
                FileSystemUtils.deleteRecursively(DATA);
                try (ServerSocket free = new ServerSocket(0)) {
                    port = free.getLocalPort();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            start();
            TestPropertyValues.of(
                    "spring.datasource.url=" + server.getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=",
                    "spring.datasource.driver-class-name=org.postgresql.Driver").applyTo(context);
        }

        static synchronized void start() {
            try {
                server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(DATA)
                        .setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("the outage test's PostgreSQL did not start", e);
            }
        }

        static synchronized void stop() throws IOException {
            server.close();
        }
    }
}
