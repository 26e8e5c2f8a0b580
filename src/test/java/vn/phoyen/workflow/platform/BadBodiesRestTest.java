package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.ProcessTest;

/**
 * A start or a completion whose body is not a JSON object (JSON {@code null}, nothing, an array, a string) is a
 * 400 in Vietnamese, never a 500, for every process a person starts (the models startable in Tasklist, as the engine
 * lists them), and starts nothing.
 */
class BadBodiesRestTest extends ProcessTest {

    /** JSON null, an empty body, an array, a string and a number: none is the object Camunda's REST needs. */
    private static final List<String> BAD_BODIES = List.of("null", "", "[]", "\"x\"", "42");

    @Autowired
    RepositoryService repositoryService;
    @Autowired
    HistoryService historyService;
    @Autowired
    TaskService taskService;
    @Autowired
    TestRestTemplate rest;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void startingAnyProcessWithABodyThatIsNoObjectIsABadRequestAndStartsNothing() throws Exception {
        List<ProcessDefinition> startable = repositoryService.createProcessDefinitionQuery().latestVersion()
                .startableInTasklist().list();
        assertThat(startable).extracting(ProcessDefinition::getKey).contains("feedback", "complaint", "denunciation");
        for (ProcessDefinition process : startable) {
            long instancesBefore = historyService.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(process.getKey()).count();
            for (String call : List.of("start", "submit-form")) {
                for (String body : BAD_BODIES) {
                    String path = "/engine-rest/process-definition/key/" + process.getKey() + "/" + call;
                    assertRefused(path, body);
                }
                // by id too, as Tasklist's start form addresses the definition
                assertRefused("/engine-rest/process-definition/" + process.getId() + "/" + call, "null");
            }
            assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(process.getKey())
                    .count()).as(process.getKey()).isEqualTo(instancesBefore);
        }
    }

    @Test
    void completingATaskWithABodyThatIsNoObjectIsABadRequestAndLeavesItOpen() throws Exception {
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate",
                "2026-11-27", "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        Task assignment = task(feedback.getId(), "assignOfficer");

        for (String call : List.of("complete", "submit-form")) {
            for (String body : BAD_BODIES) {
                assertRefused("/engine-rest/task/" + assignment.getId() + "/" + call, body);
            }
        }

        assertThat(taskService.createTaskQuery().taskId(assignment.getId()).count()).isEqualTo(1);
    }

    @Test
    void aModelTheSystemStartsStartedByHandWithoutItsVariablesIsABadRequestNamingTheVariable() throws Exception {
        List<ProcessDefinition> systemStarted = repositoryService.createProcessDefinitionQuery().latestVersion()
                .notStartableInTasklist().list();
        assertThat(systemStarted).extracting(ProcessDefinition::getKey).contains("plan-task", "plan-unit-work");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        for (ProcessDefinition process : systemStarted) {
            ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo").postForEntity(
                    "/engine-rest/process-definition/key/" + process.getKey() + "/start",
                    new HttpEntity<>("{\"variables\":{}}", headers), String.class);
            assertThat(answer.getStatusCode().is5xxServerError()).as(process.getKey() + ": " + answer.getBody()).isFalse();
            if (answer.getStatusCode().is4xxClientError()) {
                assertThat(json.readTree(answer.getBody()).path("message").asText()).as(process.getKey())
                        .doesNotContain("Unknown property").containsPattern("Thiếu|Biến|Cần|không");
            }
        }
        ResponseEntity<String> commitment = rest.withBasicAuth("demo", "demo").postForEntity(
                "/engine-rest/process-definition/key/dialogue-commitment/start",
                new HttpEntity<>("{\"variables\":{}}", headers), String.class);
        assertThat(commitment.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(commitment.getBody()).path("message").asText())
                .startsWith("Thiếu biến 'commitmentDeadline' mà quy trình cần");
    }

    private void assertRefused(String path, String body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo")
                .postForEntity(path, new HttpEntity<>(body, headers), String.class);
        assertThat(answer.getStatusCode()).as(path + " " + body + ": " + answer.getBody())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode refusal = json.readTree(answer.getBody());
        assertThat(refusal.path("message").asText()).as(path + " " + body)
                .startsWith("Nội dung yêu cầu phải là một đối tượng JSON");
    }
}
