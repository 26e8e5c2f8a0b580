package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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
import vn.phoyen.workflow.process.Refusal;

/**
 * The national portal's feedback export imported twice starts each case once; bad rows are reported with file, line
 * and field while the rest is imported; the answers to post back are exported and marked posted by the office.
 */
@EngineTest
class PortalFeedbackImportTest extends FeedbackTestSupport {

    @Autowired
    PortalFeedbackImport imports;

    @Autowired
    PortalAnswerExport exports;

    @Autowired
    TestRestTemplate rest;

    final String run = Long.toString(System.nanoTime());

    @BeforeEach
    void onAFridayMorning() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    }

    @AfterEach
    void loggedOut() {
        engine.getIdentityService().clearAuthentication();
    }

    String jsonExport() {
        return """
                [
                  {"portalId": "DVC-%1$s-1", "receivedDate": "2026-03-05", "category": "moi-truong",
                   "title": "Rác thải ùn ứ tại chợ", "content": "Rác ở cổng chợ không được thu gom %1$s",
                   "senderName": "Nguyễn Văn An", "senderContact": "0912 000 111"},
                  {"portalId": "DVC-%1$s-2", "receivedDate": "2026-03-05", "category": "khong-co",
                   "title": "Đèn đường", "content": "Đèn đường hỏng %1$s", "senderName": "Trần Thị Bình",
                   "senderContact": "binh@example.vn"},
                  {"portalId": "DVC-%1$s-3", "receivedDate": "2026-03-04", "category": "ha-tang",
                   "title": "Ổ gà trên đường Lý Nam Đế", "content": "Ổ gà sâu trước số nhà 12 %1$s",
                   "senderName": "Lê Văn Cường", "senderContact": "0987 111 222"}
                ]
                """.formatted(run);
    }

    @Test
    void aSecondImportOfTheSameFileStartsNothingNewAndBadRowsAreReported() {
        long before = portalCases();

        PortalFeedbackImport.Report first = imports.importFile("phan-anh.json", bytes(jsonExport()), "vp.officer");

        assertThat(first.imported()).isEqualTo(2);
        assertThat(first.refused()).isEqualTo(1);
        PortalFeedbackImport.Outcome bad = first.rows().get(1);
        assertThat(bad.line()).isEqualTo(5);
        assertThat(bad.field()).isEqualTo("category");
        assertThat(bad.message()).startsWith("phan-anh.json dòng 5, trường category: ").contains("khong-co");
        assertThat(portalCases()).isEqualTo(before + 2);
        ProcessInstance market = instance(first.rows().get(0).caseNumber());
        assertThat(runtimeService.getVariable(market.getId(), "channel")).isEqualTo("portal");
        assertThat(runtimeService.getVariable(market.getId(), "portalId")).isEqualTo("DVC-" + run + "-1");
        assertThat(runtimeService.getVariable(market.getId(), "answerDueDate")).isNotNull();
        // the portal identifies the sender: no triage, straight to the lead unit
        assertThat(tasks(market.getId(), "assignOfficer")).hasSize(1);
        assertThat(tasks(market.getId(), "triageFeedback")).isEmpty();

        PortalFeedbackImport.Report second = imports.importFile("phan-anh.json", bytes(jsonExport()), "vp.officer");

        assertThat(second.imported()).isZero();
        assertThat(second.existing()).isEqualTo(2);
        assertThat(second.rows()).filteredOn(row -> row.result().equals("đã có"))
                .extracting(PortalFeedbackImport.Outcome::caseNumber)
                .containsExactly(first.rows().get(0).caseNumber(), first.rows().get(2).caseNumber());
        assertThat(portalCases()).isEqualTo(before + 2);
    }

    @Test
    void aCsvExportIsImportedRowByRowWithTheBadDateNamed() {
        String csv = "portalId,receivedDate,category,title,content,senderName,senderContact\n"
                + "DVC-" + run + "-c1,2026-03-05,an-ninh-trat-tu,\"Karaoke ồn, quá 23 giờ\",\"Quán karaoke tổ 4 hát "
                + "đến khuya " + run + "\",Phạm Thị Dung,0913 222 333\n"
                + "DVC-" + run + "-c2,2026-03-09,y-te,Trạm y tế,Trạm y tế đóng cửa sớm " + run + ",Hoàng Văn Em,0913 444 555\n"
                + ",2026-03-05,y-te,Trạm y tế,Không có mã " + run + ",Hoàng Văn Em,0913 444 555\n";

        PortalFeedbackImport.Report report = imports.importFile("phan-anh.csv", bytes(csv), "vp.officer");

        assertThat(report.imported()).isEqualTo(1);
        assertThat(report.rows()).extracting(PortalFeedbackImport.Outcome::line, PortalFeedbackImport.Outcome::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, null),
                        org.assertj.core.groups.Tuple.tuple(3, "receivedDate"),
                        org.assertj.core.groups.Tuple.tuple(4, "portalId"));
        assertThat(report.rows().get(1).message()).contains("sau ngày hôm nay");
        assertThat(instance(report.rows().get(0).caseNumber())).isNotNull();
    }

    @Test
    void aFileThatIsNoListIsRefusedWhole() {
        assertThatThrownBy(() -> imports.importFile("hong.json", bytes("{\"portalId\": \"x\"}"), "vp.officer"))
                .isInstanceOf(Refusal.class).hasMessageContaining("hong.json dòng 1");
        assertThatThrownBy(() -> imports.importFile("hong.csv", bytes("portalId,title\nx,y\n"), "vp.officer"))
                .isInstanceOf(Refusal.class).hasMessageContaining("hong.csv dòng 1").hasMessageContaining("senderName");
    }

    @Test
    void theOfficeExportsTheAnswersToPostAndMarksThemPostedWithWhoAndWhen() {
        PortalFeedbackImport.Report report = imports.importFile("phan-anh.json", bytes(jsonExport()), "vp.officer");
        ProcessInstance market = instance(report.rows().get(0).caseNumber());
        answerAndApprove(market, "kthtdt.officer", "Phường đã thu gom rác ở cổng chợ và giao tổ vệ sinh hằng ngày.");
        assertThat(market).isNotNull();

        List<PortalAnswerExport.ExportRow> awaiting = exports.awaiting();
        PortalAnswerExport.ExportRow row = awaiting.stream()
                .filter(answer -> answer.caseNumber().equals(market.getBusinessKey())).findFirst().orElseThrow();
        assertThat(row.portalId()).isEqualTo("DVC-" + run + "-1");
        assertThat(row.answer()).startsWith("Phường đã thu gom rác");
        assertThat(row.toString()).doesNotContain("Nguyễn Văn An", "0912 000 111");
        // the unanswered one is not exported yet
        assertThat(awaiting).extracting(PortalAnswerExport.ExportRow::caseNumber)
                .doesNotContain(report.rows().get(2).caseNumber());
        assertThat(FeedbackPortalController.csv(List.of(row))).startsWith(
                "portalId,caseNumber,title,receivedDate,answeringUnit,answer,answeredOn\r\n\"DVC-" + run + "-1\",");

        ResponseEntity<String> refused = rest.withBasicAuth("kthtdt.officer", "demo").postForEntity(
                "/api/feedback/portal-answers/posted", json("{\"postedOn\": \"2026-03-06\", \"cases\": []}"),
                String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> posted = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/api/feedback/portal-answers/posted", json("{\"postedOn\": \"2026-03-06\", \"cases\": [{\"caseNumber\": \""
                        + market.getBusinessKey() + "\", \"portalReference\": \"PAKN-" + run + "\"}]}"), String.class);
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(posted.getBody()).contains("đã ghi nhận");

        assertThat(variable(market, "portalPostedBy")).isEqualTo("vp.officer");
        assertThat(variable(market, "portalRecordedAt")).isNotNull();
        assertThat(variable(market, "portalReference")).isEqualTo("PAKN-" + run);
        assertThat(exports.awaiting()).extracting(PortalAnswerExport.ExportRow::caseNumber)
                .doesNotContain(market.getBusinessKey());
        assertThat(exports.markPosted(LocalDate.of(2026, 3, 6), List.of(new PortalAnswerExport.Posting(
                market.getBusinessKey(), null)))).extracting(PortalAnswerExport.PostingOutcome::result)
                .containsExactly("không có câu trả lời chờ đăng");
    }

    @Test
    void theImportOverHttpIsForTheCaseOfficeOnly() {
        String file = jsonExport().replace("DVC-" + run, "DVC-h" + run);
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo").postForEntity(
                "/api/feedback/portal-import?file=phan-anh.json", json(file), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> imported = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/api/feedback/portal-import?file=phan-anh.json", json(file), Map.class);
        assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(imported.getBody()).containsEntry("imported", 2).containsEntry("refused", 1);
        ResponseEntity<Map> noName = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/api/feedback/portal-import?file=phan-anh.txt", json(file), Map.class);
        assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private long portalCases() {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("portalId").count();
    }

    private ProcessInstance instance(String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber).singleResult();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
