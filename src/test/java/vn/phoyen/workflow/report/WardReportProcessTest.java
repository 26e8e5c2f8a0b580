package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.report.ReportSteps.json;
import static vn.phoyen.workflow.report.ReportSteps.text;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Attachment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.document.OfficialDocument;

/**
 * A ward report from start to issue: drafted from the ward's figures, edited by the supervising office, returned by
 * the Chairman with comments, resubmitted, approved by a supervisor (never an administrator), given its number in the
 * document register by the clerk, then written and attached; the document as draft and as issued through the staff
 * API, and who may read it; a bad period and a number already issued refused. The figures themselves are checked
 * against a year of activity in {@link WardReportYearOfActivityTest}.
 */
@EngineTest
class WardReportProcessTest extends ProcessTest {

    private static final String START = ReportSteps.START;
    private static final String DENOUNCER = "Nguyễn Văn Tố";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    ReportSteps steps;

    @BeforeEach
    void steps() {
        steps = new ReportSteps(engine, rest);
    }

    @Test
    void draftedEditedReturnedResubmittedApprovedAndIssued() throws Exception {
        // a denunciation received in the quarter: the report counts it but names neither the denouncer nor the case
        EngineClock.setTo(LocalDateTime.of(2025, 8, 4, 9, 0));
        ProcessInstance denunciation = runtimeService.startProcessInstanceByKey("denunciation", denunciation());
        String denunciationNumber = denunciation.getBusinessKey();
        assertThat(denunciationNumber).matches("TC-2025-\\d{4}");
        // Monday 06/10/2025
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        ProcessInstance report = steps.startAs("vhxh.officer", "2025-Q3");

        assertThat(report).isWaitingAt("editReport").hasPassed("draftReport");
        assertThat(report.getBusinessKey()).isEqualTo("BC-2025-Q3");
        assertThat(runtimeService.getVariables(report.getId())).containsEntry("period", "2025-Q3")
                .containsEntry("periodLabel", "quý III/2025").containsEntry("periodFrom", "2025-07-01")
                .containsEntry("periodTo", "2025-09-30")
                .containsEntry("documentLink", "/api/reports/" + report.getId() + "/document");
        Task edit = steps.task(report);
        assertThat(edit.getName()).isEqualTo("Hoàn thiện báo cáo quý III/2025");
        assertThat(candidateGroups(edit)).containsExactly("vhxh");
        // five working days: Monday 13/10/2025
        assertThat(edit.getDueDate()).isEqualTo(ProcessDeadlines.endOf(LocalDate.of(2025, 10, 13)));
        // the office writes the general assessment itself: nothing prefilled, the figures only as a reference
        assertThat(runtimeService.getVariable(report.getId(), "overview")).isNull();
        assertThat(engine.getFormService().getTaskFormVariables(steps.task(report).getId()).get("overview")).isNull();
        assertThatThrownBy(() -> steps.complete("vhxh.officer", steps.task(report), Map.of()))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("overview");
        assertThat((String) runtimeService.getVariable(report.getId(), "figuresSummary"))
                .startsWith("Trong quý III/2025 (từ ngày 01/07/2025 đến ngày 30/09/2025), ")
                // the 16 appendix tasks of Kế hoạch 54/KH-UBND
                .containsPattern("\\d+/16 nhiệm vụ của Kế hoạch đã hoàn thành");

        // the draft as it stands, for the office
        String draft = ReportDocumentTest.text(steps.document("vhxh.officer", report.getId()));
        assertThat(draft).contains("DỰ THẢO", "Số:       /BC-UBND", "Trong quý III/2025", "Tố cáo")
                .doesNotContain(DENOUNCER).doesNotContain(denunciationNumber);

        steps.complete("vhxh.officer", edit, ReportSteps.narrative("Các đơn vị triển khai nghiêm túc Kế hoạch."));
        Task approval = steps.task(report);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo("approveReport");
        assertThat(approval.getName()).isEqualTo("Duyệt báo cáo quý III/2025");
        assertThat(candidateGroups(approval)).containsExactly("lanhdao");
        // three working days: Thursday 09/10/2025
        assertThat(approval.getDueDate()).isEqualTo(ProcessDeadlines.endOf(LocalDate.of(2025, 10, 9)));

        // a return needs comments; without them the task stays open
        assertThatThrownBy(() -> steps.complete("lanhdao.head", approval, Map.of("decision", "returned")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("returnComments");
        assertThat(report).isWaitingAt("approveReport");
        steps.complete("lanhdao.head", approval, Map.of("decision", "returned",
                "returnComments", "Bổ sung kết quả đối thoại và nguyên nhân nhiệm vụ 7 quá hạn."));

        assertThat(report).isWaitingAt("editReport");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(report.getId())
                .activityId("editReport").count()).isEqualTo(2);
        Task revision = steps.task(report);
        // the office sees the Chairman's comments in its form
        assertThat(runtimeService.getVariable(report.getId(), "returnComments"))
                .isEqualTo("Bổ sung kết quả đối thoại và nguyên nhân nhiệm vụ 7 quá hạn.");
        assertThat(candidateGroups(revision)).containsExactly("vhxh");
        steps.complete("vhxh.officer", revision,
                ReportSteps.narrative("Nhiệm vụ 7 quá hạn do thiếu nhân lực; đã đối thoại 01 lần."));
        // the Chairman decides afresh: the return is not offered as the answer of the new round
        assertThat(runtimeService.getVariables(report.getId())).doesNotContainKeys("decision", "returnComments");
        assertThat(steps.attachments(report)).isEmpty();

        EngineClock.setTo(LocalDateTime.of(2025, 10, 8, 15, 0));
        steps.complete("lanhdao.head", steps.task(report), Map.of("decision", "approved"));

        // the clerk of the Văn phòng keeps the register: the report waits for its number there
        assertThat(report).isWaitingAt("registerReport");
        Task registering = steps.task(report);
        assertThat(registering.getName()).isEqualTo("Vào sổ, cấp số báo cáo quý III/2025");
        assertThat(candidateGroups(registering)).containsExactly("vp");
        assertThat(steps.attachments(report)).isEmpty();
        int suggested = steps.suggestion(report);
        assertThat(suggested).isGreaterThan(lastIssuedIn(2025));
        // the register has moved on with documents made outside the system: the clerk enters the register's number
        // the next morning, and the report keeps the day it was signed
        int registered = suggested + 3;
        EngineClock.setTo(LocalDateTime.of(2025, 10, 9, 8, 0));
        steps.register(report, (long) registered);

        assertThat(report).isEnded().hasPassed("registerReport", "issueReport", "reportIssued");
        String number = "%02d/BC-UBND".formatted(registered);
        assertThat(historicVariable(report, "reportNumber")).isEqualTo(number);
        assertThat(historicVariable(report, "signedBy")).isEqualTo("Ngô Văn Phúc");
        List<Attachment> attached = steps.attachments(report);
        assertThat(attached).hasSize(1);
        assertThat(attached.get(0).getType()).isEqualTo(OfficialDocument.DOCX);
        assertThat(attached.get(0).getName()).isEqualTo("Báo cáo " + number.replace('/', '-') + " quý III-2025.docx");
        byte[] attachedDocument = steps.attachedDocument(report);
        String issued = ReportDocumentTest.text(ReportDocumentTest.open(attachedDocument));
        assertThat(issued).contains("Số: " + number, "Phổ Yên, ngày 08 tháng 10 năm 2025", "TM. ỦY BAN NHÂN DÂN",
                "Ngô Văn Phúc", "Nhiệm vụ 7 quá hạn do thiếu nhân lực; đã đối thoại 01 lần.",
                "Đề nghị UBND tỉnh hỗ trợ kinh phí.", ReportFixtures.EVERY_DIACRITIC).doesNotContain("DỰ THẢO")
                .doesNotContain(DENOUNCER).doesNotContain(denunciationNumber);

        // once approved the API gives the issued document, the one attached
        ResponseEntity<byte[]> download = steps.download("lanhdao.officer", report.getId());
        assertThat(download.getBody()).isEqualTo(attachedDocument);
    }

    @Test
    void aViceChairmanApprovingSignsForTheChairman() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        ProcessInstance report = steps.startAs("vhxh.officer", "2025-Q3");
        steps.complete("vhxh.officer", steps.task(report), ReportSteps.narrative("Đánh giá chung."));

        steps.approveAndRegister("lanhdao.officer", report);

        assertThat(historicVariable(report, "signedBy")).isEqualTo("Phan Văn Đức");
        XWPFDocument issued = steps.document("vhxh.head", report.getId());
        XWPFTableCell signature = issued.getTables().get(issued.getTables().size() - 1).getRow(0).getCell(1);
        assertThat(signature.getParagraphs().stream().map(XWPFParagraph::getText).filter(line -> !line.isEmpty()))
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Đức");
    }

    @Test
    void anAdministratorsApprovalIssuesNothing() {
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        ProcessInstance report = steps.startAs("vhxh.officer", "2025-Q3");
        steps.complete("vhxh.officer", steps.task(report), ReportSteps.narrative("Đánh giá chung."));
        Task approval = steps.task(report);

        // through the engine, as an administrator in Tasklist
        assertThatThrownBy(() -> steps.complete("demo", approval, Map.of("decision", "approved")))
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm 'lanhdao')")
                .hasMessageContaining("'demo' không thuộc nhóm này");
        // through the REST API
        ResponseEntity<Map> refused = rest.withBasicAuth("demo", "demo").postForEntity(
                "/engine-rest/task/" + approval.getId() + "/complete",
                json(Map.of("variables", Map.of("decision", text("approved")))), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("(nhóm 'lanhdao')",
                "không được ban hành dưới tên lãnh đạo UBND phường");
        // nor a program calling the engine with nobody logged in
        assertThatThrownBy(() -> engine.getTaskService().complete(approval.getId(), Map.of("decision", "approved")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("không rõ người duyệt");

        assertThat(report).isWaitingAt("approveReport");
        assertThat(runtimeService.getVariables(report.getId())).doesNotContainKeys("approvedBy", "registerNumber");
        assertThat(steps.attachments(report)).isEmpty();
    }

    @Test
    void aNumberThisSystemIssuedInTheYearIsRefusedNamingTheReport() {
        EngineClock.setTo(LocalDateTime.of(2025, 11, 3, 9, 0));
        ProcessInstance first = approved("2025-Q3");
        steps.register(first, null);
        String firstNumber = (String) historicVariable(first, "reportNumber");
        int used = Integer.parseInt(firstNumber.substring(0, firstNumber.indexOf('/')));

        ProcessInstance second = approved("2025-H1");
        assertThat(steps.suggestion(second)).isGreaterThan(used);
        assertThatThrownBy(() -> steps.register(second, used)).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("Số " + firstNumber + " năm 2025 đã cấp cho báo cáo quý III/2025")
                .hasMessageContaining("'registerNumber'");
        for (Object unreadable : List.<Object>of(0, -1, 10000, "12a", 3.5)) {
            assertThatThrownBy(() -> steps.register(second, unreadable)).as(String.valueOf(unreadable))
                    .isInstanceOf(BadUserRequestException.class).hasMessageContaining("'registerNumber'");
        }
        assertThat(second).isWaitingAt("registerReport");
        assertThat(steps.attachments(second)).isEmpty();

        // typed as text, as a clerk may
        steps.register(second, String.valueOf(steps.suggestion(second)));
        assertThat(second).isEnded();
        assertThat(historicVariable(second, "reportNumber")).isNotEqualTo(firstNumber);
    }

    @Test
    void theRegisterRunsPerYearAndAReportKeepsTheYearItWasSigned() {
        EngineClock.setTo(LocalDateTime.of(2025, 12, 29, 9, 0));
        ProcessInstance december = approved("2025-Q3");
        assertThat(steps.suggestion(december)).isGreaterThan(lastIssuedIn(2025));
        // a number free in both years, so that January can take it again
        int number = Math.max(lastIssuedIn(2025), lastIssuedIn(2026)) + 1;
        // registered after the new year: dated and numbered in 2025, when it was signed
        EngineClock.setTo(LocalDateTime.of(2026, 1, 5, 8, 0));
        steps.register(december, number);

        ProcessInstance january = approved("2025-Q3");
        assertThat(steps.suggestion(january)).isGreaterThan(lastIssuedIn(2026));
        steps.register(january, number);

        String symbol = "%02d/BC-UBND".formatted(number);
        assertThat(historicVariable(december, "reportNumber")).isEqualTo(symbol);
        assertThat(historicVariable(december, "reportIssuedOn")).isEqualTo("2025-12-29");
        assertThat(ReportDocumentTest.text(ReportDocumentTest.open(steps.attachedDocument(december))))
                .contains("Phổ Yên, ngày 29 tháng 12 năm 2025");
        assertThat(historicVariable(january, "reportNumber")).isEqualTo(symbol);
        assertThat(historicVariable(january, "reportIssuedOn")).isEqualTo("2026-01-05");
        assertThat(jdbc.queryForObject("SELECT report_year FROM ward_report WHERE process_instance_id = ?",
                Integer.class, december.getId())).isEqualTo(2025);
        assertThat(jdbc.queryForObject("SELECT report_year FROM ward_report WHERE process_instance_id = ?",
                Integer.class, january.getId())).isEqualTo(2026);
    }

    @Test
    void aBadPeriodIsRefusedWithItsNameAndLeavesNoInstance() {
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        long instances = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey("ward-report").count();
        long drafts = jdbc.queryForObject("SELECT COUNT(*) FROM ward_report", Long.class);
        for (Map<String, Object> variables : List.<Map<String, Object>>of(Map.of("period", text("2025-Q5")),
                Map.of("period", text("2025-H3")), Map.of("period", text(" ")), Map.of(),
                Map.of("period", Map.of("value", 2025, "type", "Integer")), Map.of("period", text("2024")))) {
            ResponseEntity<Map> refused = rest.withBasicAuth("vhxh.officer", "demo")
                    .postForEntity(START, json(Map.of("variables", variables)), Map.class);

            assertThat(refused.getStatusCode()).as(variables.toString()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat((String) refused.getBody().get("message")).as(variables.toString()).contains("'period'");
        }
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("ward-report")
                .count()).isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_report", Long.class)).isEqualTo(drafts);
    }

    @Test
    void onlyTheSupervisingOfficeStartsAReport() {
        EngineClock.setTo(LocalDateTime.of(2025, 7, 7, 9, 0));
        ResponseEntity<Map> started = rest.withBasicAuth("vhxh.officer", "demo")
                .postForEntity(START, json(Map.of("variables", Map.of("period", text("2025-H1")))), Map.class);
        ResponseEntity<Map> refused = rest.withBasicAuth("vp.officer", "demo")
                .postForEntity(START, json(Map.of("variables", Map.of("period", text("2025-Q3")))), Map.class);

        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theDocumentIsForTheOfficeTheSupervisorsAndAdministratorsOnly() {
        EngineClock.setTo(LocalDateTime.of(2025, 10, 6, 9, 0));
        ProcessInstance report = steps.startAs("vhxh.officer", "2025-Q3");

        for (String reader : List.of("vhxh.officer", "lanhdao.head", "lanhdao.officer", "demo")) {
            ResponseEntity<byte[]> allowed = steps.download(reader, report.getId());
            assertThat(allowed.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(allowed.getHeaders().getContentType()).as(reader)
                    .isEqualTo(MediaType.parseMediaType(OfficialDocument.DOCX));
            String disposition = allowed.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
            assertThat(disposition).as(reader).startsWith("attachment").contains("filename*=UTF-8''");
            String encoded = disposition.substring(disposition.indexOf("filename*=UTF-8''") + 17).split(";")[0];
            assertThat(URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .isEqualTo("Báo cáo quý III-2025 (dự thảo).docx");
        }
        for (String other : List.of("vp.officer", "ca.head", "kthtdt.officer")) {
            assertThat(steps.download(other, report.getId()).getStatusCode()).as(other).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(steps.download("vhxh.officer", "no-such-report").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/reports/" + report.getId() + "/document", byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A denunciation as the reception desk records it, received on Monday 04/08/2025. */
    private static Map<String, Object> denunciation() {
        return new HashMap<>(Map.of("receivedDate", "2025-08-04", "denouncerName", DENOUNCER,
                "denouncerContact", "0912000111", "accusedName", "Cán bộ địa chính", "accusedUnit", "kthtdt",
                "content", "Nhận tiền khi làm thủ tục"));
    }

    private Object historicVariable(ProcessInstance report, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName(name).singleResult().getValue();
    }

    /** Started, written by the office and approved by the Chairman, now at the clerk's step. */
    private ProcessInstance approved(String period) {
        ProcessInstance report = steps.startAs("vhxh.officer", period);
        steps.complete("vhxh.officer", steps.task(report), ReportSteps.narrative("Đánh giá chung."));
        steps.complete("lanhdao.head", steps.task(report), Map.of("decision", "approved"));
        assertThat(report).isWaitingAt("registerReport");
        return report;
    }

    private int lastIssuedIn(int year) {
        return jdbc.queryForObject("SELECT COALESCE(MAX(report_number), 0) FROM ward_report WHERE report_year = ?",
                Integer.class, year);
    }
}
