package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;

/**
 * The main denunciation paths as the ward's staff drive them through the Camunda REST API (Tasklist does the same):
 * the receiving office starts, the office's heads transfer, the Chairman decides, the handler notifies; a refused
 * answer is a 400 naming the field.
 */
class DenunciationRestTest extends DenunciationEngineTest {

    @Autowired
    TestRestTemplate rest;

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
                "type", value instanceof Boolean ? "Boolean" : "String")));
        return Map.of("variables", typed);
    }

    @SuppressWarnings("rawtypes")
    private String startAs(String user, Map<String, Object> variables) {
        ResponseEntity<Map> started = as(user).postForEntity(
                "/engine-rest/process-definition/key/denunciation/start", typed(variables), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return (String) started.getBody().get("id");
    }

    private ResponseEntity<String> submitAs(String user, String processInstanceId, String key,
            Map<String, Object> answers) {
        Task task = task(processInstanceId, key);
        return as(user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", typed(answers),
                String.class);
    }

    private void ok(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    /** Art. 13, 24(2): a denunciation of the ward police is transferred by the office's head, the denouncer told. */
    @Test
    void aDenunciationOfThePoliceIsTransferredThroughRest() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        String id = startAs("vp.officer", startVariables("2026-03-02", "ca"));
        assertThat(as("vp.head").getForEntity("/engine-rest/task?processInstanceId=" + id + "&candidateGroup=vp-heads",
                String.class).getBody()).contains("transferCase").contains("2026-03-09T23:59:59");
        ResponseEntity<String> missing = submitAs("vp.head", id, "transferCase", Map.of("transferredTo",
                "Công an tỉnh Thái Nguyên", "transferReason", "Không thuộc thẩm quyền", "transferDate", "2026-03-02",
                "handler", "vp.officer"));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody()).contains("transferReference");
        ok(submitAs("vp.head", id, "transferCase", Map.of("transferredTo", "Công an tỉnh Thái Nguyên",
                "transferReason", "Không thuộc thẩm quyền", "transferDate", "2026-03-02",
                "transferReference", "12/UBND-TCD", "handler", "vp.officer")));
        ok(submitAs("vp.officer", id, "notifyTransfer", Map.of("transferNoticeDate", "2026-03-02",
                "transferNoticeReference", "13/TB")));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("denunciationTransferred").count()).isEqualTo(1);
    }

    /** Art. 29, 30, 33: the Chairman accepts, both sides are notified, the denouncer withdraws, the Chairman ends it. */
    @Test
    void acceptanceWithNoticesAndAWithdrawalThroughRest() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        String id = startAs("vp.officer", startVariables("2026-03-02", "kthtdt"));
        ok(submitAs("vp.head", id, "assignHandler", Map.of("handler", "vp.officer")));
        ok(submitAs("vp.officer", id, "processInitially", Map.of("initialDecision", "accept")));
        // the officer cannot decide the acceptance: it is the Chairman's
        assertThat(submitAs("vp.officer", id, "decideAcceptance", Map.of("acceptanceDecision", "accept"))
                .getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<String> future = submitAs("lanhdao.head", id, "decideAcceptance", Map.of("acceptanceDecision",
                "accept", "acceptanceDecisionNumber", "01/QĐ-UBND", "acceptanceDecisionDate", "2026-03-03"));
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody()).contains("acceptanceDecisionDate").contains("không được sau hôm nay");
        ok(submitAs("lanhdao.head", id, "decideAcceptance", Map.of("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "01/QĐ-UBND", "acceptanceDecisionDate", "2026-03-02")));
        ok(submitAs("vp.officer", id, "notifyAcceptance", notices("2026-03-02")));
        assertThat(task(id, "verifyAndResolve").getDueDate()).isEqualTo(endOfDay(2026, 4, 1));

        ok(submitAs("vp.officer", id, "verifyAndResolve", Map.of("resolutionDecision", "withdrawal",
                "withdrawalRequestDate", "2026-03-02")));
        ok(submitAs("lanhdao.head", id, "decideWithdrawal", Map.of("withdrawalOutcome", "terminate",
                "terminationDecisionNumber", "02/QĐ-UBND", "terminationDecisionDate", "2026-03-02")));
        ok(submitAs("vp.officer", id, "notifyTermination", notices("2026-03-02")));
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("denunciationTerminated").count()).isEqualTo(1);
    }

    /** Art. 33, 34: the handling office records a written withdrawal by message on the case number. */
    @Test
    void aWithdrawalByMessageThroughRest() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        String id = startAs("vp.officer", startVariables("2026-03-02", "kthtdt"));
        assignAndAccept(id, "2026-03-02");
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult().getBusinessKey();
        Map<String, Object> message = Map.of("messageName", "denunciationWithdrawn", "businessKey", key,
                "processVariables", typed(Map.of("withdrawalRequestDate", "2026-03-02")).get("variables"));
        assertThat(as("kthtdt.officer").postForEntity("/engine-rest/message", message, String.class)
                .getStatusCode().is2xxSuccessful()).isFalse();
        ResponseEntity<String> correlated = as("vp.officer").postForEntity("/engine-rest/message", message,
                String.class);
        assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.getBody()).isTrue();
        assertThat(tasks(id, "verifyAndResolve")).isEmpty();
        ok(submitAs("lanhdao.head", id, "decideWithdrawal", Map.of("withdrawalRequestDate", "2026-03-02",
                "withdrawalOutcome", "continue", "continueReason", "Có dấu hiệu vi phạm nghiêm trọng")));
        assertThat(task(id, "verifyAndResolve")).isNotNull();
    }

    /** Art. 25: an anonymous letter started with {@code anonymous} = true and no denouncer: information, filed. */
    @Test
    void anonymousInformationThroughRest() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Map<String, Object> letter = new LinkedHashMap<>(startVariables("2026-03-02", "kthtdt"));
        letter.remove("denouncerName");
        letter.remove("denouncerContact");
        letter.put("anonymous", true);
        String id = startAs("vp.officer", letter);
        ok(submitAs("vp.officer", id, "checkInformation", Map.of("informationOutcome", "file",
                "filingReason", "Không nêu cụ thể hành vi, không có chứng cứ")));
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("informationHandled").count()).isEqualTo(1);
        assertThat(as("lanhdao.head").getForEntity("/api/denunciations/{id}/denouncer", String.class, id)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        Map<String, Object> named = new LinkedHashMap<>(startVariables("2026-03-02", "kthtdt"));
        named.remove("denouncerName");
        ResponseEntity<String> refused = as("vp.officer").postForEntity(
                "/engine-rest/process-definition/key/denunciation/start", typed(named), String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("denouncerName");
    }

    /** Art. 30, 34: extension and suspension decided by the Chairman through REST; only the Chairman decides. */
    @Test
    void extensionAndSuspensionThroughRest() {
        EngineClock.setTo(LocalDateTime.of(2026, 2, 24, 9, 0));
        String id = startAs("vp.officer", startVariables("2026-02-24", "kthtdt"));
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        assignAndAccept(id, "2026-03-02");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 30, 9, 0));
        ok(submitAs("vp.officer", id, "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Phức tạp")));
        ok(submitAs("lanhdao.officer", id, "decideExtension", Map.of("extensionDecision", "extend",
                "complexity", "especially-complex", "extensionDecisionNumber", "03/QĐ-UBND",
                "extensionDecisionDate", "2026-03-30")));
        assertThat(runtimeService.getVariable(id, "resolutionDueDate")).isEqualTo(endOfDay(2026, 5, 4));
        ok(submitAs("vp.officer", id, "notifyExtension", notices("2026-03-30")));
        ok(submitAs("vp.officer", id, "verifyAndResolve", Map.of("resolutionDecision", "suspend",
                "suspensionReason", "Chờ giám định")));
        assertThat(submitAs("vp.officer", id, "decideSuspension", Map.of("suspensionDecision", "suspend"))
                .getStatusCode().is2xxSuccessful()).isFalse();
        ok(submitAs("lanhdao.head", id, "decideSuspension", Map.of("suspensionDecision", "suspend",
                "suspensionDecisionNumber", "04/QĐ", "suspensionDecisionDate", "2026-03-30")));
        ok(submitAs("vp.officer", id, "notifySuspension", notices("2026-03-30")));
        EngineClock.setTo(LocalDateTime.of(2026, 4, 9, 9, 0));
        ok(submitAs("lanhdao.head", id, "resumeResolution", Map.of("resumptionDecisionNumber", "05/QĐ",
                "resumptionDecisionDate", "2026-04-09")));
        // acceptance 02/03 + 30 + 30 + 10 suspended = Thu 11/05 → a working day: 11/05/2026
        assertThat(runtimeService.getVariable(id, "resolutionDueDate")).isEqualTo(endOfDay(2026, 5, 11));
        ok(submitAs("vp.officer", id, "notifyResumption", notices("2026-04-09")));
        assertThat(List.of(task(id, "verifyAndResolve").getDueDate())).containsExactly(endOfDay(2026, 5, 11));
    }
}
