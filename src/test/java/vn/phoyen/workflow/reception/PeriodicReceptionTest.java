package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/**
 * The reception record on the engine and through REST: who received each periodic day (Law 42/2013/QH13 Art. 15;
 * from 1 July 2026, Law 136/2025/QH15: the Chairman in person, no deputy) and the channel (new Art. 3a: in person or
 * online).
 */
@EngineTest
class PeriodicReceptionTest extends vn.phoyen.workflow.ProcessTest {

    @Autowired
    TestRestTemplate rest;

    static Map<String, Object> visit(String day, String kind, String receiver, String role, String channel) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receptionDate", day);
        variables.put("visitorName", "Nguyễn Thị Lan");
        variables.put("visitorAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        variables.put("receptionKind", kind);
        variables.put("receiverName", receiver);
        variables.put("receiverRole", role);
        variables.put("channel", channel);
        return variables;
    }

    @Test
    void law136ADeputyHeldThePeriodicReceptionOnTuesday30June2026() {
        EngineClock.setTo(LocalDateTime.of(2026, 6, 30, 9, 0));
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception",
                visit("2026-06-30", "periodic", "Trần Văn Phó", "vice-chairman", "in-person"));
        Task log = task(reception.getId(), "recordVisit");
        Map<String, Object> shown = engine.getFormService().getTaskFormVariables(log.getId());
        assertThat(shown).containsEntry("receptionKind", "periodic").containsEntry("receiverRole", "vice-chairman")
                .containsEntry("receiverName", "Trần Văn Phó").containsEntry("channel", "in-person");
        submitForm(engine, log, Map.of("visitContent", "Hỏi về bồi thường giải phóng mặt bằng"));
        assertThat(reception).isWaitingAt("handleMatter");
    }

    @Test
    void law136ADeputyIsRefusedForThePeriodicReceptionFrom1July2026AtTheStartAndInTheRecord() {
        EngineClock.setTo(LocalDateTime.of(2026, 7, 3, 9, 0));
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("citizen-reception").count();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("citizen-reception",
                visit("2026-07-01", "periodic", "Trần Văn Phó", "vice-chairman", "in-person")))
                .hasMessageContaining("không được ủy quyền cho Phó Chủ tịch").hasMessageContaining("receiverRole");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("citizen-reception").count())
                .isEqualTo(before);

        // the clerk cannot change the record to a deputy either
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception",
                visit("2026-07-03", "periodic", "Nguyễn Văn Chủ", "chairman", "in-person"));
        Task log = task(reception.getId(), "recordVisit");
        assertThatThrownBy(() -> submitForm(engine, log, Map.of("visitContent", "Hỏi thủ tục",
                "receiverName", "Trần Văn Phó", "receiverRole", "vice-chairman")))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("(receiverRole)");
        assertThat(reception).isWaitingAt("recordVisit");
        submitForm(engine, log, Map.of("visitContent", "Hỏi thủ tục"));
        assertThat(reception).isWaitingAt("handleMatter");
        assertThat(runtimeService.getVariable(reception.getId(), "receiverRole")).isEqualTo("chairman");
    }

    @Test
    void law136TheDeputyRefusalIsABadRequestThroughRestAndTheChairmanIsAccepted() {
        EngineClock.setTo(LocalDateTime.of(2026, 7, 3, 9, 0));
        ResponseEntity<Map> refused = start(visit("2026-07-03", "periodic", "Trần Văn Phó", "vice-chairman", "in-person"));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("Luật 136/2025/QH15")
                .contains("không được ủy quyền cho Phó Chủ tịch");

        ResponseEntity<Map> started = start(visit("2026-07-03", "periodic", "Nguyễn Văn Chủ", "chairman", "in-person"));
        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService.getVariable((String) started.getBody().get("id"), "receptionKind"))
                .isEqualTo("periodic");
    }

    @Test
    void art3aAnOnlineReceptionFrom1July2026IsRecordedWithItsChannelAndRefusedBefore() {
        EngineClock.setTo(LocalDateTime.of(2026, 7, 6, 9, 0));
        ResponseEntity<Map> online = start(visit("2026-07-06", "regular", "Lý Văn Sơn", "officer", "online"));
        assertThat(online.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = (String) online.getBody().get("id");
        assertThat(runtimeService.getVariable(id, "channel")).isEqualTo("online");
        submitForm(engine, task(id, "recordVisit"), Map.of("visitContent", "Phản ánh qua cuộc gọi video"));
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName("channel").singleResult().getValue()).isEqualTo("online");

        ResponseEntity<Map> tooEarly = start(visit("2026-06-30", "regular", "Lý Văn Sơn", "officer", "online"));
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) tooEarly.getBody().get("message")).contains("(channel)").contains("Điều 3a");
    }

    private ResponseEntity<Map> start(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value, "type", "String")));
        return rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/citizen-reception/start", Map.of("variables", typed), Map.class);
    }
}
