package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** Starting complaints through the Camunda REST API: who may, what is refused, who may follow, the numbers. */
@EngineTest
class ComplaintRestTest extends ComplaintTestSupport {

    private static final String START = "/engine-rest/process-definition/key/complaint/start";

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAWorkingMonday() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    }

    @Test
    void theOfficeStartsAComplaintAndGetsItsCaseNumber() {
        ResponseEntity<Map> started = startAs("vp.officer", variables(complaint("2026-02-27")));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String key = (String) started.getBody().get("businessKey");
        assertThat(key).matches("KN-2026-\\d{4}");
        String id = (String) started.getBody().get("id");
        Task decision = task(id, "decideAcceptance");
        assertThat(candidateGroups(decision)).containsExactly("vp");
        // 10 days after Friday 27/02: Monday 09/03
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
    }

    @Test
    void badOrMissingVariablesAreRefusedNamingTheVariableAndLeaveNoInstance() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        Map<String, Object> missingName = variables(complaint("2026-02-27"));
        missingName.remove("complainantName");
        cases.put("complainantName", missingName);
        cases.put("receivedDate", variables(complaint("27/02/2026")));
        Map<String, Object> future = variables(complaint("2026-03-03"));
        cases.put("receivedDate ", future);
        Map<String, Object> longSubject = variables(complaint("2026-02-27"));
        longSubject.put("subject", Map.of("value", "x".repeat(301), "type", "String"));
        cases.put("subject", longSubject);
        Map<String, Object> longContent = variables(complaint("2026-02-27"));
        longContent.put("content", Map.of("value", "x".repeat(10_001), "type", "String"));
        cases.put("content", longContent);
        Map<String, Object> badFlag = variables(complaint("2026-02-27"));
        badFlag.put("complexCase", Map.of("value", "có", "type", "String"));
        cases.put("complexCase", badFlag);

        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
        long history = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint")
                .count();
        cases.forEach((variable, sent) -> {
            ResponseEntity<Map> refused = startAs("vp.officer", sent);
            // the contract says 400; Camunda's REST start answers 500 for every engine exception (see report)
            assertThat(refused.getStatusCode().isError()).as(variable).isTrue();
            assertThat((String) refused.getBody().get("message")).as(variable).contains("'" + variable.strip() + "'");
        });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(instances);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint")
                .count()).isEqualTo(history);
    }

    @Test
    void aRefusedStartIsABadRequest() {
        Map<String, Object> missingName = variables(complaint("2026-02-27"));
        missingName.remove("complainantName");
        assertThat(startAs("vp.officer", missingName).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anotherUnitCannotStartAComplaint() {
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
        assertThat(startAs("kthtdt.officer", variables(complaint("2026-02-27"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(instances);
    }

    @Test
    void thePartyInspectionCommitteeFollowsTheComplaintButHasNoTask() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");

        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/process-instance/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/history/process-instance/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody()).isEmpty();
        assertThat(rest.withBasicAuth("vp.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody()).hasSize(1);
        // a unit with no part in the case does not see it
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity("/engine-rest/process-instance/" + id, Map.class).getStatusCode())
                .isNotEqualTo(HttpStatus.OK);
    }

    @Test
    void theComplaintIsWithdrawnByAMessageOnItsCaseNumber() {
        Map body = startAs("vp.officer", variables(complaint("2026-02-27"))).getBody();
        String id = (String) body.get("id");
        String key = (String) body.get("businessKey");
        accept(runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult(), "2026-03-02");
        submit(task(id, "assignVerifier"), Map.of("verifier", "vp.officer"));

        ResponseEntity<String> correlated = rest.withBasicAuth("vp.officer", "demo").postForEntity("/engine-rest/message",
                json(Map.of("messageName", "complaintWithdrawn", "businessKey", key)), String.class);

        assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.toString()).isTrue();
        assertThat(tasks(id, "verifyComplaint")).isEmpty();
        Task withdrawal = task(id, "recordWithdrawal");
        assertThat(candidateGroups(withdrawal)).containsExactly("vp");
        submit(withdrawal, Map.of("withdrawnOn", "2026-03-05", "withdrawalNote", "Rút tại buổi làm việc"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("complaintWithdrawnEnd").count()).isEqualTo(1);
    }

    @Test
    void concurrentStartsGetDistinctCaseNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<Map>>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> startAs("vp.officer", variables(complaint("2026-02-27"))));
            }
            List<String> keys = new ArrayList<>();
            for (Future<ResponseEntity<Map>> started : pool.invokeAll(starts)) {
                assertThat(started.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                keys.add((String) started.get().getBody().get("businessKey"));
            }
            assertThat(keys).hasSize(8).doesNotHaveDuplicates().allMatch(key -> key.matches("KN-2026-\\d{4}"));
        } finally {
            pool.shutdownNow();
        }
    }

    private ResponseEntity<Map> startAs(String user, Map<String, Object> variables) {
        return rest.withBasicAuth(user, "demo").postForEntity(START, json(Map.of("variables", variables)), Map.class);
    }

    /** Start variables as the REST API takes them: every value a String, flags as Booleans. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name,
                Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
        return typed;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
