package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * A visitor of a citizen reception who denounces (Law 42/2013 Art. 28; Law 25/2018 Art. 9(1)(b), 47 ff.): the
 * visitor's name, address and ID number move into the denouncer's vault and leave the reception's variables and
 * history; nothing the engine shows — to {@code vp}, {@code vhxh}, an administrator, through history or Cockpit's
 * data, task names or the log — links the visit to the denunciation; the handler still reads who denounced.
 */
@EngineTest
@ExtendWith(OutputCaptureExtension.class)
class ReceptionDenouncerIdentityTest extends ProcessTest {

    static final String VISITOR = "Đỗ Thị Bí Mật";
    static final String ADDRESS = "Tổ dân phố Kín Đáo, phường Phổ Yên";
    static final String ID_NUMBER = "019087009999";
    static final String ACCUSED = "Trần Văn Bị Tố";
    static final String CONTENT = "Cán bộ địa chính đòi tiền khi đo đạc thửa đất số 77";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void onAReceptionDay() {
        EngineClock.setTo(CitizenReceptionTest.RECEPTION_DAY);
    }

    private TestRestTemplate as(String user) {
        return rest.withBasicAuth(user, "demo");
    }

    private static Map<String, Object> typed(Map<String, Object> variables) {
        Map<String, Object> typed = new LinkedHashMap<>();
        variables.forEach((name, value) -> typed.put(name, Map.of("value", value,
                "type", value instanceof Boolean ? "Boolean" : "String")));
        return Map.of("variables", typed);
    }

    private ResponseEntity<String> submitAs(String user, Task task, Map<String, Object> answers) {
        return as(user).postForEntity("/engine-rest/task/" + task.getId() + "/submit-form", typed(answers),
                String.class);
    }

    @Test
    @SuppressWarnings("rawtypes")
    void theVisitorsIdentityMovesToTheVaultAndNothingLinksTheVisitToTheDenunciation(CapturedOutput log) {
        // the receiving officer records the visit and the matters through the REST API, as Tasklist does
        ResponseEntity<Map> started = as("vp.officer").postForEntity(
                "/engine-rest/process-definition/key/citizen-reception/start", typed(Map.of("receptionDate",
                        "2026-03-06", "visitorName", VISITOR, "visitorAddress", ADDRESS, "visitorIdNumber", ID_NUMBER,
                        "receivedBy", "vp.officer")), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String reception = (String) started.getBody().get("id");
        String receptionNumber = (String) started.getBody().get("businessKey");
        assertThat(submitAs("vp.officer", task(reception, "recordVisit"), Map.of("visitContent",
                "Công dân trình bày hai nội dung", "visitorConfirmed", true)).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(submitAs("vp.officer", task(reception, "handleMatter"), Map.of("matterSummary",
                "Hỏi thủ tục cấp giấy", "handling", "answered", "answer", "Đã hướng dẫn", "moreMatters", true))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> denounced = submitAs("vp.officer", task(reception, "handleMatter"), Map.of(
                "matterSummary", "Tố cáo cán bộ địa chính", "content", CONTENT, "handling", "denunciation",
                "accusedName", ACCUSED, "accusedUnit", "kthtdt", "moreMatters", true));
        assertThat(denounced.getStatusCode()).as(denounced.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

        String denunciation = jdbc.queryForObject("SELECT process_instance_id FROM ward_denouncer_visit "
                + "WHERE reception_case = ?", String.class, receptionNumber);
        String denunciationNumber = runtimeService.createProcessInstanceQuery().processInstanceId(denunciation)
                .singleResult().getBusinessKey();
        assertThat(denunciationNumber).startsWith("TC-2026-");
        List<String> secrets = List.of(VISITOR, ADDRESS, ID_NUMBER);
        List<String> links = List.of(denunciationNumber, denunciation, ACCUSED, CONTENT);

        // the reception goes on (next matter), its variables hold no identity and no link
        assertThat(runtimeService.getVariables(reception)).doesNotContainKeys("visitorName", "visitorAddress",
                "visitorIdNumber", "linkedCase", "linkedCases");
        assertThat(runtimeService.getVariables(reception).toString()).doesNotContain(VISITOR).doesNotContain(ID_NUMBER)
                .doesNotContain(denunciationNumber).doesNotContain(ACCUSED).doesNotContain(CONTENT)
                .contains(ReceptionLog.CONFIDENTIAL);
        // and the denunciation names no reception
        assertThat(runtimeService.getVariables(denunciation).toString()).doesNotContain(receptionNumber)
                .doesNotContain(VISITOR).doesNotContain(ID_NUMBER);
        assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(reception).count()).isZero();

        // what the engine's REST API (Tasklist, Cockpit) shows to the office, the supervising office, an administrator
        Task next = task(reception, "handleMatter");
        for (String user : List.of("vp.officer", "vhxh.head", "demo")) {
            for (String path : List.of("/engine-rest/process-instance/" + reception + "/variables",
                    "/engine-rest/variable-instance?processInstanceIdIn=" + reception,
                    "/engine-rest/history/variable-instance?processInstanceId=" + reception,
                    "/engine-rest/history/variable-instance?variableValues=visitorName_eq_" + VISITOR,
                    "/engine-rest/history/detail?processInstanceId=" + reception,
                    "/engine-rest/history/task?processInstanceId=" + reception,
                    "/engine-rest/history/activity-instance?processInstanceId=" + reception,
                    "/engine-rest/history/process-instance/" + reception,
                    "/engine-rest/history/user-operation?processInstanceId=" + reception,
                    "/engine-rest/task/" + next.getId() + "/form-variables",
                    "/engine-rest/history/variable-instance?processInstanceId=" + denunciation,
                    "/engine-rest/history/detail?processInstanceId=" + denunciation,
                    "/engine-rest/history/task?processInstanceId=" + denunciation,
                    "/engine-rest/task?processInstanceId=" + denunciation,
                    "/engine-rest/process-instance?businessKey=" + denunciationNumber)) {
                ResponseEntity<String> answer = as(user).getForEntity(path, String.class);
                assertThat(answer.getStatusCode().is5xxServerError()).as(user + " " + path).isFalse();
                String body = String.valueOf(answer.getBody());
                secrets.forEach(secret -> assertThat(body).as(user + " " + path).doesNotContain(secret));
                if (path.contains(reception)) {
                    links.forEach(link -> assertThat(body).as(user + " " + path).doesNotContain(link));
                }
                if (path.contains(denunciation) || path.contains(denunciationNumber)) {
                    assertThat(body).as(user + " " + path).doesNotContain(receptionNumber);
                }
            }
        }
        // the history's tables themselves, whoever reads them
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            for (String secret : List.of(VISITOR, ADDRESS, ID_NUMBER, denunciationNumber, ACCUSED, CONTENT)) {
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ? AND TEXT_ LIKE ?",
                        Integer.class, reception, "%" + secret + "%")).as(table + " " + secret).isZero();
            }
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM " + table + " WHERE PROC_INST_ID_ = ? AND (TEXT_ LIKE ? "
                    + "OR TEXT_ LIKE ? OR NAME_ LIKE 'denouncer%')", Integer.class, denunciation, "%" + receptionNumber
                    + "%", "%" + VISITOR + "%")).as(table).isZero();
        }
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(denunciation).list())
                .allSatisfy(task -> assertThat(task.getName() + task.getDescription()).doesNotContain(receptionNumber));
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(reception).list())
                .allSatisfy(task -> assertThat(task.getName() + task.getDescription()).doesNotContain(denunciationNumber));

        // the same visit opens no other case in the visitor's name (the identity is gone from it)
        ResponseEntity<String> complaint = submitAs("vp.officer", next, Map.of("matterSummary", "Khiếu nại",
                "handling", "complaint", "moreMatters", false));
        assertThat(complaint.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(complaint.getBody()).contains("lượt tiếp mới").doesNotContain(denunciationNumber);
        assertThat(submitAs("vp.officer", next, Map.of("matterSummary", "Hết", "handling", "answered",
                "answer", "Đã trả lời", "moreMatters", false)).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        // who denounced: the vault, for the handler and the Chairman only
        submitForm(engine, task(denunciation, "assignHandler"), Map.of("handler", "vp.officer"));
        for (String refused : List.of("vp.head", "vhxh.head", "vhxh.officer", "demo", "kthtdt.officer")) {
            ResponseEntity<String> answer = as(refused).getForEntity("/api/denunciations/{id}/denouncer", String.class,
                    denunciation);
            assertThat(answer.getStatusCode()).as(refused).isEqualTo(HttpStatus.FORBIDDEN);
            secrets.forEach(secret -> assertThat(answer.getBody()).doesNotContain(secret));
            assertThat(answer.getBody()).doesNotContain(receptionNumber);
        }
        for (String allowed : List.of("vp.officer", "lanhdao.head")) {
            ResponseEntity<Map> identity = as(allowed).getForEntity("/api/denunciations/{id}/denouncer", Map.class,
                    denunciation);
            assertThat(identity.getStatusCode()).as(allowed).isEqualTo(HttpStatus.OK);
            assertThat(identity.getBody()).containsEntry("name", VISITOR).containsEntry("contact", ADDRESS)
                    .containsEntry("idNumber", ID_NUMBER).containsEntry("receptionCase", receptionNumber);
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_read WHERE process_instance_id = ?",
                Integer.class, denunciation)).isEqualTo(7);

        // no log line names the visitor, and none carries both numbers
        assertThat(log.getAll()).doesNotContain(VISITOR).doesNotContain(ID_NUMBER).doesNotContain(ADDRESS);
        assertThat(log.getAll().lines().filter(line -> line.contains(receptionNumber)
                && line.contains(denunciationNumber))).isEmpty();
    }
}
