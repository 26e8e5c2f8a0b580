package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/** {@code GET /api/dashboard}: who may read the ward's figures, what a bad period gets, what the JSON holds. */
@EngineTest
class DashboardApiTest extends ProcessTest {

    static final String Q1_2026 = "/api/dashboard?from=2026-01-01&to=2026-03-31";

    @Autowired
    TestRestTemplate rest;

    @Test
    void withoutALoginTheBrowserIsAskedForOne() {
        ResponseEntity<String> anonymous = rest.getForEntity(Q1_2026, String.class);

        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    }

    @Test
    void otherStaffAreRefused() {
        for (String user : List.of("vp.officer", "vp.head", "kthtdt.head")) {
            ResponseEntity<Map> refused = rest.withBasicAuth(user, "demo").getForEntity(Q1_2026, Map.class);

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).containsEntry("message", "Chỉ Phòng Văn hoá - Xã hội, "
                    + "Chủ tịch, Phó Chủ tịch UBND phường và quản trị viên xem được số liệu của phường");
        }
    }

    @Test
    void theSupervisingOfficeTheSupervisorsAndTheAdministratorSeeTheCasesBehindEachFigure() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint",
                WardHistoryEngineTest.complaint());
        EngineClock.reset();

        for (String user : List.of("vhxh.head", "lanhdao.head", "demo")) {
            ResponseEntity<Map> answer = rest.withBasicAuth(user, "demo").getForEntity(Q1_2026, Map.class);

            assertThat(answer.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            Map<String, Object> figures = answer.getBody();
            assertThat(figures).as(user).containsEntry("from", "2026-01-01").containsEntry("to", "2026-03-31")
                    .containsKeys("units", "procedures", "planTasks", "papiDimensions", "dialogues");
            Map<String, Object> complaints = ((List<Map<String, Object>>) figures.get("procedures")).get(0);
            assertThat(complaints).containsEntry("processKey", "complaint").containsEntry("name", "Khiếu nại");
            // counts only: the cases behind a figure are a call of their own
            assertThat(complaints).doesNotContainKey("cases");
            // received 02/03, the 10 days to accept ran out on 12/03: overdue on 31/03
            ResponseEntity<Map> behind = rest.withBasicAuth(user, "demo").getForEntity(
                    "/api/dashboard/cases?from=2026-01-01&to=2026-03-31&procedure=complaint&status=overdue&size=100",
                    Map.class);
            assertThat(behind.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(behind.getBody()).containsEntry("page", 1).containsEntry("size", 100);
            assertThat((List<Map<String, Object>>) behind.getBody().get("cases")).contains(Map.of(
                    "processKey", "complaint", "caseNumber", complaint.getBusinessKey(),
                    "processInstanceId", complaint.getId(), "status", "overdue",
                    "cockpitLink", "/camunda/app/cockpit/default/#/process-instance/" + complaint.getId()));
            Map<String, Object> vp = ((List<Map<String, Object>>) figures.get("units")).stream()
                    .filter(unit -> "vp".equals(unit.get("unit"))).findFirst().orElseThrow();
            assertThat(vp).doesNotContainKeys("cases", "overdueCases", "ratedCases");
            ResponseEntity<Map> vpOverdue = rest.withBasicAuth(user, "demo").getForEntity(
                    "/api/dashboard/cases?from=2026-01-01&to=2026-03-31&unit=vp&status=overdue&size=100", Map.class);
            assertThat((List<Map<String, Object>>) vpOverdue.getBody().get("cases"))
                    .anySatisfy(ref -> assertThat(ref).containsEntry("processInstanceId", complaint.getId()));
            // the tests' 2026 plan: every task with its status and link, every PAPI dimension
            assertThat((List<Map<String, Object>>) figures.get("planTasks")).isNotEmpty().allSatisfy(task ->
                    assertThat(task).containsKeys("label", "progressPercent", "cockpitLink").extractingByKey("status")
                            .isIn("not-started", "in-progress", "done", "overdue"));
            assertThat((List<Map<String, Object>>) figures.get("papiDimensions")).extracting(
                    dimension -> dimension.get("dimension")).contains("1", "2", "3", "4", "5", "6", "7", "8");
        }
    }

    @Test
    void theCasesBehindAFigureFollowTheDashboardsRuleAndExplainABadQuery() {
        String cases = "/api/dashboard/cases?from=2026-01-01&to=2026-03-31";
        assertThat(rest.withBasicAuth("vp.head", "demo").getForEntity(cases, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        Map<String, String> bad = Map.of(
                cases + "&status=everything", "Tham số status phải là một trong: received, resolved, on-time, late,"
                        + " pending, overdue, closed, rated, satisfied",
                cases + "&procedure=tax", "Không có thủ tục tax (tham số procedure: complaint, denunciation, feedback,"
                        + " citizen-reception)",
                cases + "&size=101", "Tham số page phải từ 1, size từ 1 đến 100",
                cases + "&page=0", "Tham số page phải từ 1, size từ 1 đến 100",
                "/api/dashboard/cases?from=2026-01-01", "Thiếu tham số 'to' (ngày kết thúc, dạng yyyy-MM-dd)");
        bad.forEach((url, message) -> {
            ResponseEntity<Map> refused = rest.withBasicAuth("vhxh.head", "demo").getForEntity(url, Map.class);

            assertThat(refused.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(url).containsEntry("message", message);
        });
        assertThat(rest.withBasicAuth("vhxh.head", "demo").getForEntity(cases, Map.class).getBody())
                .containsEntry("page", 1).containsEntry("size", 20).containsKeys("total", "cases");
    }

    @Test
    void aBadPeriodIsExplainedInVietnamese() {
        Map<String, String> bad = Map.of(
                "/api/dashboard?to=2026-03-31", "Thiếu tham số 'from' (ngày bắt đầu, dạng yyyy-MM-dd)",
                "/api/dashboard?from=2026-01-01&to=31/03/2026",
                "Tham số 'to' (ngày kết thúc) phải là một ngày có thật, dạng yyyy-MM-dd",
                "/api/dashboard?from=2026-02-30&to=2026-03-31",
                "Tham số 'from' (ngày bắt đầu) phải là một ngày có thật, dạng yyyy-MM-dd",
                "/api/dashboard?from=2026-03-31&to=2026-01-01", "Ngày kết thúc (to) không được trước ngày bắt đầu (from)");
        bad.forEach((url, message) -> {
            ResponseEntity<Map> refused = rest.withBasicAuth("vhxh.head", "demo").getForEntity(url, Map.class);

            assertThat(refused.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(url).containsEntry("message", message);
        });
    }
}
