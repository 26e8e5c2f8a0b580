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
 * The denouncer's identity through the REST API (Law 25/2018 Art. 9(1)(b), 47 ff.): only the handler and the
 * Chairman's group read it — not administrators, not the supervising office —, each attempt is recorded, and neither
 * the engine's API nor history nor the log ever holds it.
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
    void onlyTheHandlerAndTheChairmanSeeTheIdentityNotAdministratorsAndEveryAttemptIsRecorded(CapturedOutput log) {
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
        assertThat(denouncer("vhxh.head", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> administrator = denouncer("demo", id);
        assertThat(administrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(administrator.getBody()).doesNotContain(NAME).doesNotContain(CONTACT);

        for (String allowed : List.of("vp.officer", "lanhdao.head")) {
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
                        "kthtdt.head:false", "ca.officer:false", "vp.head:false", "vhxh.head:false", "demo:false",
                        "vp.officer:true", "lanhdao.head:true", "kthtdt.officer:false");
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
        submit(id, "decideAcceptance", Map.of("acceptanceDecision", "accept", "acceptanceDecisionNumber", "1/QĐ",
                "acceptanceDecisionDate", "2026-02-26"));
        submit(id, "notifyAcceptance", notices("2026-02-26"));
        EngineClock.setTo(LocalDateTime.of(2026, 3, 31, 10, 0));
        managementService.executeJob(timer(id).getId());
        String escalation = runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).singleResult().getId();
        managementService.executeJob(managementService.createJobQuery().processInstanceId(escalation).singleResult().getId());
        submit(escalation, "followUpOverdueWork", Map.of("actionTaken", "Đã nhắc người xử lý"));
        submit(id, "verifyAndResolve", Map.of("resolutionDecision", "extend", "extensionReason", "Phức tạp"));
        submit(id, "decideExtension", Map.of("extensionDecision", "extend", "complexity", "complex",
                "extensionDecisionNumber", "2/QĐ", "extensionDecisionDate", "2026-03-31"));
        submit(id, "notifyExtension", notices("2026-03-31"));
        submit(id, "verifyAndResolve", Map.of("resolutionDecision", "conclude", "verificationResult", "Đúng"));
        submit(id, "draftConclusion", Map.of("conclusionDraft", "Kết luận"));
        EngineClock.setTo(LocalDateTime.of(2026, 4, 28, 10, 0));
        submit(id, "signConclusion", Map.of("signDecision", "sign", "conclusionNumber", "3/KL",
                "conclusionSignedOn", "2026-04-24"));
        submit(id, "sendConclusion", Map.of("conclusionSentOn", "2026-04-28", "conclusionSendingReference", "4/UBND",
                "denouncerNoticeDate", "2026-04-28", "denouncerNoticeReference", "5/TB"));
        submit(id, "publishConclusion", Map.of("publishedWhere", "tru-so", "publishedOn", "2026-04-28",
                "identityProtected", true));
        submit(id, "handleConclusion", Map.of("handlingOutcome", "no-violation", "handlingMeasures",
                "Khôi phục quyền lợi của người bị tố cáo", "handledOn", "2026-04-28"));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertNoIdentityInTheEngine();
        // the capture does see the application's log: the refused attempts are logged, without the identity
        assertThat(log.getAll()).contains("Từ chối xem thông tin người tố cáo").contains("kthtdt.officer")
                .doesNotContain(NAME).doesNotContain(CONTACT);
    }

    /** Art. 13, 24(2): the leadership accused: transferred; neither the Chairman's group nor an administrator reads. */
    @Test
    void theChairmansGroupDoesNotReadWhoDenouncedTheLeadershipTheOfficerTransferringDoes() {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        String id = startThroughRest("lanhdao");
        assertThat(denouncer("lanhdao.head", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denouncer("lanhdao.officer", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(denouncer("demo", id).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        submit(id, "transferCase", Map.of("transferredTo", "Chủ tịch UBND tỉnh Thái Nguyên", "transferReason",
                "Tố cáo Chủ tịch UBND phường", "transferDate", "2026-02-10", "transferReference", "1/UBND",
                "handler", "vp.officer"));
        assertThat(denouncer("vp.officer", id).getStatusCode()).isEqualTo(HttpStatus.OK);
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
