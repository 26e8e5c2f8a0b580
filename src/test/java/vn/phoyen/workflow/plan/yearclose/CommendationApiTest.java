package vn.phoyen.workflow.plan.yearclose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * {@code GET /api/plan-years/{year}/commendations}: the Chairman's decisions of a closed year (the tests' plan year)
 * with the units' Vietnamese names, for the supervising office, the supervisors and administrators; 403 in Vietnamese
 * for other staff, 404 for a year not closed.
 */
@EngineTest
class CommendationApiTest extends ProcessTest {

    private static final String COMMENDATIONS = "/api/plan-years/{year}/commendations";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    DataSource dataSource;

    YearCloseSteps steps;

    @BeforeEach
    void beforeTheYearsClose() {
        steps = new YearCloseSteps(engine, dataSource);
        steps.forget(YearCloseSteps.YEAR);
    }

    @Test
    void theDecisionsOfAClosedYearReadInVietnamese() {
        EngineClock.setTo(LocalDateTime.of(2025, 12, 22, 9, 0));
        steps.scoreYear(2035);
        ProcessInstance close = steps.start(2035L);
        steps.proposeAsSuggested(close);
        steps.complete(YearCloseSteps.CHAIRMAN, close, Map.of("approvalDecision", "approve",
                YearClose.ROWS, steps.rowsWith(close, Map.of())));

        for (String reader : List.of("vhxh.officer", "lanhdao.officer", "demo")) {
            ResponseEntity<Map> answer = rest.withBasicAuth(reader, "demo").getForEntity(COMMENDATIONS, Map.class, 2035);
            assertThat(answer.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(answer.getBody()).containsEntry("year", 2035);
            List<Map<String, Object>> units = (List<Map<String, Object>>) answer.getBody().get("units");
            assertThat(units).extracting(unit -> unit.get("unitName"), unit -> unit.get("decisionLabel"))
                    .containsExactly(tuple("Phòng Văn hoá - Xã hội", "Không đề xuất"),
                            tuple("Phòng Kinh tế, Hạ tầng và Đô thị",
                                    "Biểu dương, khen thưởng"),
                            tuple("Công an phường", "Phê bình, nhắc nhở"));
            assertThat(units.get(1)).containsEntry("unit", "kthtdt").containsEntry("decision", "commend")
                    .containsEntry("grounds", "Hoàn thành nhiệm vụ 1, điểm 95").containsEntry("meanScore", 95.0)
                    .containsEntry("decidedBy", "lanhdao.head").containsEntry("decidedOn", "2025-12-22");
        }
    }

    @Test
    void otherStaffAreRefusedInVietnameseAndAnOpenYearIsNotFound() {
        ResponseEntity<Map> refused = rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity(COMMENDATIONS, Map.class, 2035);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).startsWith("Chỉ Phòng Văn hoá - Xã hội, lãnh đạo UBND phường");

        ResponseEntity<Map> open = rest.withBasicAuth("vhxh.officer", "demo").getForEntity(COMMENDATIONS, Map.class, 2035);
        assertThat(open.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat((String) open.getBody().get("message")).isEqualTo("Năm 2035 chưa tổng kết: chưa có quyết định biểu dương, phê bình");
    }
}
