package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;

/**
 * The denouncer's identity through the REST API: only the handler, the Chairman's group and administrators read
 * it, each attempt is recorded, and neither the engine's API nor history nor the log ever holds it.
 */
@ExtendWith(OutputCaptureExtension.class)
class DenouncerConfidentialityTest extends DenunciationEngineTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static Map<String, Object> restVariables(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
        return Map.of("variables", typed);
    }

    @SuppressWarnings("unchecked")
    private String startThroughRest(String accusedUnit) {
        ResponseEntity<Map> started = as("vp.officer").postForEntity(
                "/engine-rest/process-definition/key/denunciation/start?withVariablesInReturn=true",
                Map.of("variables", ((Map<String, Object>) restVariables(startVariables("2026-02-10", accusedUnit))
                        .get("variables")), "withVariablesInReturn", true), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(String.valueOf(started.getBody())).doesNotContain(NAME).doesNotContain(CONTACT);
        return (String) started.getBody().get("id");
    }

    private ResponseEntity<String> denouncer(String user, String processInstanceId) {
        return as(user).getForEntity("/api/denunciations/{id}/denouncer", String.class, processInstanceId);
    }

    @Test
    void onlyTheHandlerTheChairmanAndAdministratorsSeeTheIdentityAndEveryAttemptIsRecorded(CapturedOutput log) {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        String id = startThroughRest("kthtdt");

        // before assignment, not even the future handler
        assertThat(denouncer("vp.officer", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        submit(id, "assignHandler", Map.of("handler", "vp.officer"));

        ResponseEntity<String> accused = denouncer("kthtdt.officer", id);
        assertThat(accused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(accused.getBody()).contains("không có quyền").doesNotContain(NAME).doesNotContain(CONTACT);
        assertThat(denouncer("kthtdt.head", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denouncer("ca.officer", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denouncer("vp.head", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        for (String allowed : List.of("vp.officer", "lanhdao.head", "demo")) {
            ResponseEntity<String> read = denouncer(allowed, id);
            assertThat(read.getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
            assertThat(read.getBody()).contains(NAME).contains(CONTACT);
        }
        assertThat(denouncer("demo", "no-such-case").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(as("kthtdt.officer").getForEntity("/api/denunciations/{id}/denouncer", String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/denunciations/{id}/denouncer", String.class, id).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        // the reads, for the Chairman and administrators only
        assertThat(as("vp.officer").getForEntity("/api/denunciations/{id}/denouncer/reads", String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<List> reads = as("lanhdao.head").getForEntity("/api/denunciations/{id}/denouncer/reads",
                List.class, id);
        assertThat(reads.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reads.getBody()).extracting(read -> ((Map<?, ?>) read).get("userId") + ":"
                + ((Map<?, ?>) read).get("allowed")).containsExactly("vp.officer:false", "kthtdt.officer:false",
                        "kthtdt.head:false", "ca.officer:false", "vp.head:false", "vp.officer:true",
                        "lanhdao.head:true", "demo:true", "kthtdt.officer:false");
        assertThat(reads.getBody()).allSatisfy(read -> assertThat(((Map<?, ?>) read).get("readAt")).isNotNull());
        assertThat(String.valueOf(reads.getBody())).doesNotContain(NAME);

        // the engine holds nothing of it, even for an administrator
        Task initial = task(id, "processInitially");
        for (String path : List.of("/engine-rest/process-instance/" + id + "/variables",
                "/engine-rest/variable-instance?processInstanceIdIn=" + id,
                "/engine-rest/history/variable-instance?processInstanceId=" + id,
                "/engine-rest/history/detail?processInstanceId=" + id,
                "/engine-rest/task/" + initial.getId() + "/variables",
                "/engine-rest/task/" + initial.getId() + "/form-variables",
                "/engine-rest/history/process-instance/" + id)) {
            ResponseEntity<String> answer = as("demo").getForEntity(path, String.class);
            assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).as(path).doesNotContain(NAME).doesNotContain(CONTACT)
                    .doesNotContain("denouncerName").doesNotContain("denouncerContact");
        }
        // history holds the case's other variables (the filter drops only the identity)
        assertThat(as("demo").getForEntity("/engine-rest/history/detail?processInstanceId=" + id, String.class)
                .getBody()).contains("accusedName");
        // the accused unit cannot even see the case
        assertThat(as("kthtdt.officer").getForEntity("/engine-rest/process-instance/" + id + "/variables",
                String.class).getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);

        // the whole case, to its end, writes neither the name nor the contact to the log
        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 10, 0));
        submit(id, "processInitially", Map.of("initialDecision", "accept"));
        managementService.executeJob(timer(id).getId());
        String escalation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(escalation).singleResult().getId());
        submit(escalation, "followUpOverdueWork", Map.of("actionTaken", "Đã nhắc người xử lý"));
        submit(id, "verifyAndResolve", Map.of("resolutionDecision", "extend", "extensionReason", "Phức tạp",
                "extensionDecisionDate", "2026-03-20"));
        submit(id, "notifyExtension", Map.of("extensionNoticeDate", "2026-03-21", "extensionNoticeReference", "1/TB"));
        submit(id, "verifyAndResolve", Map.of("resolutionDecision", "conclude", "verificationResult", "Đúng"));
        submit(id, "draftConclusion", Map.of("conclusionDraft", "Kết luận"));
        submit(id, "signConclusion", Map.of("signDecision", "sign", "conclusionSignedOn", "2026-04-24"));
        submit(id, "publishConclusion", Map.of("publishedWhere", "tru-so", "publishedOn", "2026-04-28",
                "identityProtected", true));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertNoIdentityInTheEngine();
        // the capture does see the application's log: the refused attempts are logged, without the identity
        assertThat(log.getAll()).contains("Từ chối xem thông tin người tố cáo").contains("kthtdt.officer")
                .doesNotContain(NAME).doesNotContain(CONTACT);
    }

    @Test
    void theChairmansGroupDoesNotReadWhoDenouncedTheLeadership() {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        String id = startThroughRest("lanhdao");
        assertThat(denouncer("lanhdao.head", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denouncer("demo", id).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Refused with 400, the variable named, no value echoed, no instance left. */
    @Test
    void badStartVariablesThroughRestAreRefusedNamingTheVariable() {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("denunciation").count();
        Map<String, Object> variables = startVariables("2026-02-10", "khong-co-don-vi");
        ResponseEntity<String> refused = as("vp.officer").postForEntity(
                "/engine-rest/process-definition/key/denunciation/start", restVariables(variables), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("accusedUnit").doesNotContain(NAME);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("denunciation").count())
                .isEqualTo(before);
    }
}
