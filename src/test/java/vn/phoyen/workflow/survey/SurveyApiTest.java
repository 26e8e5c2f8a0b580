package vn.phoyen.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * The survey over HTTP: the office issues codes, a resident answers once per code on the residents' API (guarded as
 * the rest of it), a closed campaign's code is refused; the index then appears on the dashboard API, for the same
 * people as the dashboard, and in the ward report's content and document.
 */
@EngineTest
class SurveyApiTest extends ProcessTest {

    private static final String OCTOBER = "/api/dashboard/surveys?from=2035-10-01&to=2035-12-31";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;

    SurveySteps steps;

    @BeforeEach
    void beforeOctober() {
        steps = new SurveySteps(engine);
        SurveySteps.beforeOctober();
    }

    @Test
    @SuppressWarnings("unchecked")
    void codesIssuedAnsweredOnceRefusedWhenClosedAndTheIndexOnTheDashboardAndInTheReport() throws IOException {
        ProcessInstance campaign = steps.start(SurveySteps.october("kthtdt"));
        steps.approve(campaign);
        steps.at(campaign, LocalDateTime.of(2035, 10, 1, 8, 0));
        String codesUrl = "/api/surveys/" + campaign.getBusinessKey() + "/codes";

        // only the supervising office issues codes, for a unit of the campaign, 1 to 1000 at a time
        assertThat(rest.withBasicAuth("vp.officer", "demo").postForEntity(codesUrl,
                Map.of("unit", "kthtdt", "count", 2), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> wrongUnit = rest.withBasicAuth("vhxh.officer", "demo").postForEntity(codesUrl,
                Map.of("unit", "ca", "count", 2), Map.class);
        assertThat(wrongUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) wrongUnit.getBody().get("message")).contains("'unit'", "kthtdt");
        assertThat(rest.withBasicAuth("vhxh.officer", "demo").postForEntity(codesUrl,
                Map.of("unit", "kthtdt", "count", 0), Map.class).getBody().get("message")).asString()
                .contains("'count'");
        ResponseEntity<Map> issued = rest.withBasicAuth("vhxh.officer", "demo").postForEntity(codesUrl,
                Map.of("unit", "kthtdt", "count", 2), Map.class);
        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        List<String> codes = (List<String>) issued.getBody().get("codes");
        assertThat(codes).hasSize(2);
        ResponseEntity<String> printable = rest.withBasicAuth("vhxh.officer", "demo").postForEntity(
                codesUrl + "?format=print", Map.of("unit", "kthtdt", "count", 3), String.class);
        assertThat(printable.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
        assertThat(printable.getBody())
                .contains("Phòng Kinh tế, Hạ tầng và Đô thị", "01/10/2035", "/khao-sat/index.html")
                .containsPattern("class=\"code\">[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}<");

        // the resident opens the questionnaire: five factors, the five-point scale, nothing asked about the person
        ResponseEntity<Map> survey = rest.getForEntity("/api/public/surveys/" + codes.get(0), Map.class);
        assertThat(survey.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(survey.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'self'");
        assertThat((List<Map<String, Object>>) survey.getBody().get("factors"))
                .extracting(factor -> factor.get("label"))
                .containsExactly("Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết công việc",
                        "Kết quả cung ứng dịch vụ", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị");
        assertThat((List<Map<String, Object>>) survey.getBody().get("scale")).extracting(level -> level.get("label"))
                .containsExactly("Rất không hài lòng", "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng");

        Map<String, Object> answers = Map.of("answers", Map.of("TC1", 5, "TT1", 4, "CC1", 2, "KQ1", 5, "GY1", 3));
        String answerUrl = "/api/public/surveys/" + codes.get(0) + "/answers";
        assertThat(rest.postForEntity(answerUrl, answers, Map.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<Map> again = rest.postForEntity(answerUrl, answers, Map.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(again.getBody()).containsEntry("field", "code");
        assertThat((String) again.getBody().get("error")).contains("đã được dùng", "một lần");
        // 4.5 is not rounded to a rating
        ResponseEntity<Map> half = rest.postForEntity("/api/public/surveys/" + codes.get(1) + "/answers",
                Map.of("answers", Map.of("TC1", 4.5)), Map.class);
        assertThat(half.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(half.getBody()).containsEntry("field", "answers");
        ResponseEntity<Map> unknown = rest.getForEntity("/api/public/surveys/AAAA-BBBB-CCCC", Map.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) unknown.getBody().get("error")).contains("Không tìm thấy mã khảo sát");
        // the residents' API guard is in front: a body over the cap is refused before the controller
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<Map> tooLarge = rest.exchange("/api/public/surveys/" + codes.get(1) + "/answers",
                HttpMethod.POST, new HttpEntity<>("{\"answers\":{\"TC1\":5},\"x\":\"" + "a".repeat(200_000) + "\"}",
                        json), Map.class);
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);

        // after the last day: the unused code is refused, clearly
        steps.at(campaign, LocalDateTime.of(2035, 11, 1, 0, 0, 1));
        ResponseEntity<Map> closed = rest.getForEntity("/api/public/surveys/" + codes.get(1), Map.class);
        assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat((String) closed.getBody().get("error")).contains("đã kết thúc", "31/10/2035");

        // the dashboard: the same people as /api/dashboard
        assertThat(rest.withBasicAuth("vp.officer", "demo").getForEntity(OCTOBER, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("vhxh.head", "demo").getForEntity(
                "/api/dashboard/surveys?from=2035-12-31&to=2035-10-01", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        ResponseEntity<Map> dashboard = rest.withBasicAuth("lanhdao.head", "demo").getForEntity(OCTOBER, Map.class);
        assertThat(dashboard.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<Map<String, Object>> results = (List<Map<String, Object>>) dashboard.getBody().get("results");
        // the other survey tests answer for other units: this campaign's unit has its own row
        Map<String, Object> result = results.stream().filter(row -> row.get("unit").equals("kthtdt")).findFirst()
                .orElseThrow();
        assertThat(result).containsEntry("quarter", "2035-Q4").containsEntry("respondents", 1);
        assertThat((List<Map<String, Object>>) result.get("factors")).extracting(factor -> factor.get("factor"),
                factor -> factor.get("answers"), factor -> factor.get("percent")).containsExactly(
                tuple("tiep-can", 1, 100.0),
                tuple("thu-tuc", 1, 100.0),
                tuple("cong-chuc", 1, 0.0),
                tuple("ket-qua", 1, 100.0),
                tuple("gop-y", 1, 0.0));
        assertThat((Map<String, Object>) result.get("overall")).containsEntry("percent", 60.0)
                .containsEntry("answers", 5);
        // a period without answers: no index at all, not 0%
        assertThat((List<?>) rest.withBasicAuth("vhxh.head", "demo").getForEntity(
                "/api/dashboard/surveys?from=2035-07-01&to=2035-09-30", Map.class).getBody().get("results")).isEmpty();

        // the ward report of the quarter: in its content and its Word document
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("ward-report").latestVersion().singleResult().getId();
        engine.getIdentityService().setAuthentication("vhxh.officer", List.of("vhxh"));
        ProcessInstance report;
        try {
            report = engine.getFormService().submitStartForm(definition, Map.of("period", "2035-Q4"));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        String content = jdbc.queryForObject("SELECT content FROM ward_report WHERE process_instance_id = ?",
                String.class, report.getId());
        assertThat(content).contains("{\"quarter\":\"Quý IV/2035\",\"area\":\"Dịch vụ hành chính công (thủ tục hành "
                + "chính)\",\"unitName\":\"Phòng Kinh tế, Hạ tầng và Đô thị\",\"respondents\":1,\"factors\":[\"100% (1)\","
                + "\"100% (1)\",\"0% (1)\",\"100% (1)\",\"0% (1)\"],\"overall\":\"60% (5)\"}");
        ResponseEntity<byte[]> document = rest.withBasicAuth("vhxh.officer", "demo").getForEntity(
                "/api/reports/" + report.getId() + "/document", byte[].class);
        assertThat(document.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(document.getBody()));
                XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains("6. Mức độ hài lòng của người dân (khảo sát theo SIPAS)", "60% (5)");
        }
    }
}
