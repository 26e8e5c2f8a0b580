package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.ProcessTest;

/** Staff report a group leader's vacancy through the API: the election starts; others are refused in Vietnamese. */
class ResidentialGroupVacancyApiTest extends ProcessTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theFatherlandFrontReportsAVacancyAndTheGroupsElectionStarts() {
        ResponseEntity<Map> reported = report("mttq.officer", "Tổ dân phố số 2", "Tổ trưởng từ trần");

        assertThat(reported.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ProcessInstance election = runtimeService.createProcessInstanceQuery()
                .processInstanceId((String) reported.getBody().get("processInstanceId")).singleResult();
        assertThat(election.getBusinessKey()).endsWith("-tdp-2");
        assertThat(task(election.getId(), "recordElection")).isNotNull();
    }

    @Test
    void anUnknownGroupIsRefusedByNameAndAUnitThatDoesNotRunElectionsMayNotReport() {
        ResponseEntity<Map> unknown = report("vp.officer", "Tổ dân phố số 9", "Tổ trưởng chuyển đi");
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) unknown.getBody().get("message")).contains("không có tổ 'Tổ dân phố số 9'");

        ResponseEntity<Map> refused = report("kthtdt.officer", "Tổ dân phố số 2", "Tổ trưởng chuyển đi");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("message")).startsWith("Chỉ Văn phòng, Ủy ban MTTQ");
    }

    private ResponseEntity<Map> report(String caller, String group, String reason) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBasicAuth(caller, "demo");
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/api/residential-groups/vacancies", HttpMethod.POST,
                new HttpEntity<>(Map.of("group", group, "reason", reason), headers), Map.class);
    }
}
