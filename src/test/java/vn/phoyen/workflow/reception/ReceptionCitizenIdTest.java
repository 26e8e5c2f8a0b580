package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * The visitor's number at a citizen reception: the 12-digit citizen ID (a 9-digit CMND only for a reception until
 * 31/12/2024), and the receiving officer's confirmation of the card recorded with who and when.
 */
@EngineTest
class ReceptionCitizenIdTest extends ProcessTest {

    @BeforeEach
    void onAReceptionDay() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    }

    @AfterEach
    void loggedOut() {
        engine.getIdentityService().clearAuthentication();
    }

    @Test
    void aCmndNumberIsRefusedForAReceptionFrom2025AndABadCenturyDigitAlways() {
        Map<String, Object> variables = CitizenReceptionTest.visit();
        variables.put("visitorIdNumber", "019087001");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("citizen-reception", variables))
                .hasMessageContaining("visitorIdNumber").hasMessageContaining("31/12/2024");

        variables.put("receptionDate", "2024-12-31");
        assertThat(runtimeService.startProcessInstanceByKey("citizen-reception", variables).getBusinessKey())
                .matches("TD-2026-\\d{4}");

        variables.put("visitorIdNumber", "019587001234");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("citizen-reception", variables))
                .hasMessageContaining("visitorIdNumber").hasMessageContaining("chữ số thứ 4");
    }

    @Test
    void theReceivingOfficerConfirmsTheCardWhenRecordingTheVisit() {
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception",
                CitizenReceptionTest.visit());
        engine.getIdentityService().setAuthentication("vp.officer", List.of("vp"));

        submitForm(engine, task(reception.getId(), "recordVisit"), Map.of("visitContent", "Hỏi thủ tục cấp giấy "
                + "chứng nhận", "visitorConfirmed", true, "citizenIdCardSeen", true));

        assertThat(runtimeService.getVariable(reception.getId(), "citizenIdVerification")).isEqualTo("officer-saw-card");
        assertThat(runtimeService.getVariable(reception.getId(), "citizenIdVerifiedBy")).isEqualTo("vp.officer");
        assertThat(runtimeService.getVariable(reception.getId(), "citizenIdVerifiedAt"))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 6, 9, 0)));
    }
}
