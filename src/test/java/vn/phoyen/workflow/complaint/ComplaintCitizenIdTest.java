package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/**
 * A complainant's personal identification number: its form checked at the start (400 naming {@code citizenId}), and
 * the intake officer's confirmation of having seen the card recorded with who and when.
 */
@EngineTest
class ComplaintCitizenIdTest extends ComplaintTestSupport {

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAFridayMorning() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    }

    @AfterEach
    void loggedOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aBadNumberIsRefusedAtTheStartNamingTheField() {
        for (String bad : List.of("01908700123", "0190870012345", "01908700123A", "019487001234")) {
            Map<String, Object> variables = complaint("2026-03-05");
            variables.put("citizenId", bad);
            assertThatThrownBy(() -> start(variables)).as(bad).hasMessageContaining("citizenId")
                    .hasMessageContaining("số định danh cá nhân/CCCD");
        }

        ResponseEntity<Map> refused = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/complaint/start", Map.of("variables", Map.of(
                        "receivedDate", Map.of("value", "2026-03-05"),
                        "complainantName", Map.of("value", "Nguyễn Thị Hoa"),
                        "complainantAddress", Map.of("value", "Tổ dân phố Ba Hàng"),
                        "citizenId", Map.of("value", "019987001234"),
                        "subject", Map.of("value", "Quyết định xử phạt"),
                        "content", Map.of("value", "Tôi không đồng ý với mức phạt."))), Map.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("citizenId").contains("chữ số thứ 4");
    }

    @Test
    void theIntakeOfficerConfirmsHavingSeenTheCardAndTheCaseRecordsWhoAndWhen() {
        Map<String, Object> variables = complaint("2026-03-05");
        variables.put("citizenId", "019087001234");
        ProcessInstance complaint = start(variables);
        assertThat(runtimeService.getVariable(complaint.getId(), "citizenId")).isEqualTo("019087001234");

        engine.getIdentityService().setAuthentication("vp.officer", List.of("vp"));
        submit(task(complaint.getId(), "decideAcceptance"), Map.of("acceptanceDecision", "accept",
                "learnedOn", "2026-02-02", "acceptedOn", "2026-03-06", "noticeNumber", "12/TB-UBND",
                "noticeDate", "2026-03-06", "citizenIdCardSeen", true));

        assertThat(complaint).hasPassed("decideAcceptance");
        assertThat(variable(complaint, "citizenIdVerification")).isEqualTo("officer-saw-card");
        assertThat(variable(complaint, "citizenIdVerifiedBy")).isEqualTo("vp.officer");
        assertThat(variable(complaint, "citizenIdVerifiedAt"))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 6, 9, 0)));
    }

    @Test
    void theBoxTickedWithoutANumberIsRefusedAndNothingIsRecorded() {
        ProcessInstance complaint = start(complaint("2026-03-05"));
        engine.getIdentityService().setAuthentication("vp.officer", List.of("vp"));

        assertThatThrownBy(() -> submit(task(complaint.getId(), "decideAcceptance"), Map.of(
                "acceptanceDecision", "accept", "learnedOn", "2026-02-02", "acceptedOn", "2026-03-06",
                "noticeNumber", "12/TB-UBND", "noticeDate", "2026-03-06", "citizenIdCardSeen", true)))
                .hasMessageContaining("citizenId").hasMessageContaining("citizenIdCardSeen");
        assertThat(complaint).isWaitingAt("decideAcceptance");

        accept(complaint, "2026-03-06");
        assertThat(runtimeService.getVariable(complaint.getId(), "citizenIdVerifiedBy")).isNull();
    }

    @Test
    void withoutALoggedInOfficerTheConfirmationIsRefused() {
        Map<String, Object> variables = complaint("2026-03-05");
        variables.put("citizenId", "019087001234");
        ProcessInstance complaint = start(variables);

        assertThatThrownBy(() -> submit(task(complaint.getId(), "decideAcceptance"), Map.of(
                "acceptanceDecision", "accept", "learnedOn", "2026-02-02", "acceptedOn", "2026-03-06",
                "noticeNumber", "12/TB-UBND", "noticeDate", "2026-03-06", "citizenIdCardSeen", true)))
                .hasMessageContaining("chưa xác nhận");
        assertThat(runtimeService.getVariable(complaint.getId(), "citizenIdVerifiedAt")).isNull();
    }
}
