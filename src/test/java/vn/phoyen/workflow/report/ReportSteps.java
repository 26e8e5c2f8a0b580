package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.ProcessTest;

/**
 * The {@code ward-report} steps as the ward's staff take them: started through the REST API, tasks claimed and
 * completed by a member of the ward with that person's groups (as Tasklist does), the document read back.
 */
final class ReportSteps {

    static final String START = "/engine-rest/process-definition/key/ward-report/start";
    /** The clerk who keeps the ward's document register. */
    static final String CLERK = "vp.officer";

    private final ProcessEngine engine;
    private final TestRestTemplate rest;

    ReportSteps(ProcessEngine engine, TestRestTemplate rest) {
        this.engine = engine;
        this.rest = rest;
    }

    ProcessInstance startAs(String user, String period) {
        ResponseEntity<Map> started = rest.withBasicAuth(user, "demo")
                .postForEntity(START, json(Map.of("variables", Map.of("period", text(period)))), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId((String) started.getBody().get("id")).singleResult();
    }

    Task task(ProcessInstance report) {
        return engine.getTaskService().createTaskQuery().processInstanceId(report.getId()).singleResult();
    }

    /** Completes a task as a member of the ward, with that person's groups, as Tasklist would. */
    void complete(String user, Task task, Map<String, Object> variables) {
        ProcessTest.completeAs(engine, user, task, variables);
    }

    /** The clerk (văn thư, of the Văn phòng) gives the register number; with {@code null}, keeps the suggestion. */
    void register(ProcessInstance report, Object number) {
        Task registering = task(report);
        assertThat(registering.getTaskDefinitionKey()).isEqualTo("registerReport");
        Map<String, Object> variables = new HashMap<>();
        variables.put("registerNumber", number == null ? suggestion(report) : number);
        complete(CLERK, registering, variables);
    }

    /** The number the system suggests to the clerk. */
    int suggestion(ProcessInstance report) {
        return ((Number) engine.getRuntimeService().getVariable(report.getId(), "registerNumber")).intValue();
    }

    /** Approved by a supervisor, then registered with the suggested number. */
    void approveAndRegister(String supervisor, ProcessInstance report) {
        complete(supervisor, task(report), Map.of("decision", "approved"));
        register(report, null);
    }

    List<Attachment> attachments(ProcessInstance report) {
        return engine.getTaskService().getProcessInstanceAttachments(report.getId());
    }

    /** The issued document as attached to the instance. */
    byte[] attachedDocument(ProcessInstance report) {
        List<Attachment> attached = attachments(report);
        assertThat(attached).hasSize(1);
        try (InputStream content = engine.getTaskService().getAttachmentContent(attached.get(0).getId())) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    XWPFDocument document(String user, String processInstanceId) {
        ResponseEntity<byte[]> response = download(user, processInstanceId);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ReportDocumentTest.open(response.getBody());
    }

    ResponseEntity<byte[]> download(String user, String processInstanceId) {
        return rest.withBasicAuth(user, "demo")
                .getForEntity("/api/reports/" + processInstanceId + "/document", byte[].class);
    }

    static Map<String, Object> narrative(String overview) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("overview", overview);
        variables.put("difficulties", "Kiểm tra dấu: " + ReportFixtures.EVERY_DIACRITIC);
        variables.put("nextTasks", "Tiếp tục theo dõi, đôn đốc các nhiệm vụ.");
        variables.put("proposals", "Đề nghị UBND tỉnh hỗ trợ kinh phí.");
        return variables;
    }

    static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    static HttpEntity<Map<String, Object>> json(Map<String, Object> body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
