package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * {@code GET /api/dashboard/dossiers} and its lists: the SQL counts match the hand counts of a small fixture per unit,
 * field and quarter, land apart; no dossiers give no rate; only the dashboard's readers see them.
 */
@EngineTest
class DossierFiguresApiTest extends ProcessTest {

    static final String Q1 = "from=2026-01-01&to=2026-03-31";

    @Autowired
    DossierImports imports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void fixture() {
        jdbc.update("DELETE FROM ward_dossier");
        EngineClock.setTo(DossierImportTest.MONDAY);
        String csv = String.join("\n", DossierSamples.HEADER,
                // land, kthtdt: on the appointment day, online, satisfied
                "L1,Chuyển mục đích sử dụng đất,dat-dai,kthtdt,online,2026-01-05,2026-01-20,2026-01-20,,settled,true,"
                        + "satisfied,2026-01-20T10:00",
                // land, kthtdt: a day late, direct, not digitised, dissatisfied (score 1)
                "L2,Chuyển mục đích sử dụng đất,dat-dai,kthtdt,direct,2026-01-05,2026-01-20,2026-01-21,2026-01-22,"
                        + "returned,false,1,2026-01-22T10:00",
                // civil status, vp: settled early in February, online, digitised
                "H1,Đăng ký khai sinh,ho-tich,vp,online,2026-02-02,2026-02-03,2026-02-02,,settled,true,,"
                        + "2026-02-02T10:00",
                // civil status, vp: received in December, settled in January (settled figures only)
                "H2,Đăng ký kết hôn,ho-tich,vp,postal,2025-12-29,2026-01-06,2026-01-06,,settled,true,"
                        + "not-satisfied,2026-01-06T10:00",
                // civil status, vp: received on 27 February, appointment ahead, pending
                "H3,Đăng ký khai tử,ho-tich,vp,direct,2026-02-27,2026-03-10,,,processing,false,,2026-02-27T10:00");
        imports.importFile("fixture.csv", (csv + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theCountsAndRatesMatchTheHandCounts() {
        Map<String, Object> figures = get("vhxh.head", "/api/dashboard/dossiers?" + Q1).getBody();

        // received L1, L2, H1, H3; online L1, H1; digitised L1, H1; settled L1, L2, H1, H2; on time L1, H1, H2;
        // dissatisfied L2, H2
        assertThat((Map<String, Object>) figures.get("total")).containsEntry("received", 4).containsEntry("online", 2)
                .containsEntry("digitised", 2).containsEntry("settled", 4).containsEntry("settledOnTime", 3)
                .containsEntry("settledLate", 1).containsEntry("evaluated", 3).containsEntry("dissatisfied", 2)
                .containsEntry("onTimeRate", Map.of("numerator", 3, "denominator", 4, "percent", 75.0))
                .containsEntry("onlineRate", Map.of("numerator", 2, "denominator", 4, "percent", 50.0))
                .containsEntry("digitisationRate", Map.of("numerator", 2, "denominator", 4, "percent", 50.0))
                .containsEntry("satisfactionRate", Map.of("numerator", 2, "denominator", 4, "percent", 50.0));
        assertThat((Map<String, Object>) figures.get("land")).containsEntry("received", 2).containsEntry("settled", 2)
                .containsEntry("onTimeRate", Map.of("numerator", 1, "denominator", 2, "percent", 50.0));
        List<Map<String, Object>> rows = (List<Map<String, Object>>) figures.get("rows");
        assertThat(rows).extracting(row -> row.get("quarter") + " " + row.get("unit") + " " + row.get("field") + " "
                + row.get("received") + "/" + row.get("settled")).containsExactly("2026-Q1 kthtdt dat-dai 2/2",
                "2026-Q1 vp ho-tich 2/2");
        assertThat(rows.get(0)).containsEntry("unitName", "Phòng Kinh tế, Hạ tầng và Đô thị")
                .containsEntry("fieldName", "Đất đai");
    }

    @Test
    void thePeriodWithoutDossiersHasNoRateRatherThanZero() {
        Map<String, Object> total = (Map<String, Object>) get("lanhdao.head",
                "/api/dashboard/dossiers?from=2025-01-01&to=2025-03-31").getBody().get("total");

        assertThat(total).containsEntry("received", 0);
        assertThat((Map<String, Object>) total.get("onTimeRate")).containsEntry("denominator", 0)
                .containsEntry("percent", null);
    }

    @Test
    void theDossiersBehindAFigureComeAPageAtATime() {
        Map<String, Object> late = get("demo", "/api/dashboard/dossiers/list?" + Q1 + "&figure=late").getBody();
        Map<String, Object> landReceived = get("demo", "/api/dashboard/dossiers/list?" + Q1
                + "&field=dat-dai&quarter=2026-Q1&size=1&page=2").getBody();

        assertThat(late).containsEntry("total", 1);
        assertThat((List<Map<String, Object>>) late.get("dossiers")).singleElement()
                .satisfies(dossier -> assertThat(dossier).containsEntry("code", "L2").containsEntry("onTime", false));
        assertThat(landReceived).containsEntry("total", 2).containsEntry("page", 2);
        assertThat((List<Map<String, Object>>) landReceived.get("dossiers")).extracting(d -> d.get("code"))
                .containsExactly("L2");
        assertThat(get("demo", "/api/dashboard/dossiers/list?" + Q1 + "&figure=slow").getBody())
                .containsEntry("message", "Tham số figure phải là một trong: received, online, digitised, settled, "
                        + "on-time, late, dissatisfied");
    }

    @Test
    void otherStaffAreRefusedInVietnamese() {
        ResponseEntity<Map> refused = get("vp.officer", "/api/dashboard/dossiers?" + Q1);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).containsEntry("message", "Chỉ Phòng Văn hoá - Xã hội, Chủ tịch, Phó Chủ tịch "
                + "UBND phường và quản trị viên xem được số liệu của phường");
        assertThat(get("vhxh.head", "/api/dashboard/dossiers?from=2026-03-31&to=2026-01-01").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<Map> get(String user, String path) {
        return rest.withBasicAuth(user, "demo").getForEntity(path, Map.class);
    }
}
