package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineTest;

/** Who may launch a plan year, and the answers that start no process (the launches themselves: PlanYearLaunchTest). */
@EngineTest
class PlanYearApiTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aLaunchNeedsALogin() {
        assertThat(rest.postForEntity("/api/plan-years/2025/launch", null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void otherUnitsAndTheSupervisorsMayNotLaunch() {
        for (String user : new String[] {"vp.officer", "lanhdao.head"}) {
            ResponseEntity<Map> refused = launch(user, 2025);

            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).as(user).containsEntry("message",
                    "Chỉ quản trị viên và Phòng Văn hoá - Xã hội được triển khai kế hoạch năm");
        }
    }

    @Test
    void aYearWithoutAPlanIsNotFound() {
        for (String user : new String[] {"vhxh.officer", "demo"}) {
            ResponseEntity<Map> missing = launch(user, 2027);

            assertThat(missing.getStatusCode()).as(user).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(missing.getBody()).as(user).containsEntry("message", "Chưa có dữ liệu kế hoạch năm 2027");
        }
    }

    private ResponseEntity<Map> launch(String user, int year) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/plan-years/" + year + "/launch", null, Map.class);
    }
}
