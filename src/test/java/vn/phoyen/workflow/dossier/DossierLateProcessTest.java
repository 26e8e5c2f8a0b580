package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/**
 * {@code dossier-late} driven through every path: the officer's apology with its reason and new appointment (refused
 * without them), the head's return and signature, the new appointment passing (escalation and a new apology), and the
 * export showing the dossier settled, which ends it wherever it waits.
 */
@EngineTest
class DossierLateProcessTest extends ProcessTest {

    @Autowired
    DossierImports imports;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void aLateLandDossier() {
        jdbc.update("DELETE FROM ward_dossier");
        EngineClock.setTo(DossierImportTest.MONDAY);
    }

    @Test
    void returnedSignedPassedAgainEscalatedAndFollowedToItsResult() {
        ProcessInstance late = importLate("H56-P1");
        assertThat(late).isWaitingAt("draftApology");

        Task draft = task(late.getId(), "draftApology");
        assertThat(draft.getCamundaFormRef().getKey()).isEqualTo("dossier-late-apology");
        assertThat(draft.getName()).isEqualTo("Soạn phiếu xin lỗi, hẹn lại ngày trả kết quả – Hồ sơ H56-P1");
        submitForm(engine, draft, Map.of("lateReason", "Chờ kết quả đo đạc thửa đất", "extraWorkingDays", 3L));
        assertThat(runtimeService.getVariable(late.getId(), "newAppointmentText")).isEqualTo("05/03/2026");

        Task signature = task(late.getId(), "signApology");
        assertThat(candidateGroups(signature)).containsExactly("kthtdt-heads");
        completeAs(engine, "kthtdt.head", signature, Map.of("approvalDecision", "return",
                "returnReason", "Ghi rõ đơn vị đo đạc"));
        assertThat(late).hasPassed("signApology").isWaitingAt("draftApology");

        // the unit reads the head's reason in its form; the head then decides afresh (ADR 0015); the returned draft's
        // day was never promised, so the form does not call it a letter's appointment passed again
        assertThat(runtimeService.getVariable(late.getId(), "returnReason")).isEqualTo("Ghi rõ đơn vị đo đạc");
        assertThat(runtimeService.getVariables(late.getId())).doesNotContainKey("promisedAppointmentText");
        completeAs(engine, "kthtdt.officer", task(late.getId(), "draftApology"), Map.of("lateReason",
                "Chờ Văn phòng đăng ký đất đai đo đạc thửa đất", "extraWorkingDays", 4L));
        assertThat(runtimeService.getVariables(late.getId())).doesNotContainKeys("approvalDecision", "returnReason");
        completeAs(engine, "kthtdt.head", task(late.getId(), "signApology"), Map.of("approvalDecision", "approve"));

        assertThat(late).isWaitingAt("newAppointmentPassed");
        assertThat(runtimeService.getVariable(late.getId(), "signedBy")).isEqualTo("kthtdt.head");
        assertThat(runtimeService.getVariable(late.getId(), "promisedAppointmentText")).isEqualTo("06/03/2026");
        assertThat(jdbc.queryForObject("SELECT apology_appointment_on FROM ward_dossier WHERE code = 'H56-P1'",
                java.sql.Date.class).toLocalDate()).isEqualTo(LocalDate.of(2026, 3, 6));

        // Friday 6 March passes without a result: the office is told and the unit apologises again
        int officeMails = TestMailServer.subjectsTo("vhxh.head@phoyen.local").size();
        EngineClock.setTo(LocalDateTime.of(2026, 3, 9, 8, 0));
        runDueJobs(late.getId());
        assertThat(late).hasPassed("newAppointmentPassed").isWaitingAt("escalateLateAgain", "draftApology");
        assertThat(tasks(late.getId(), "followUpOverdueWork")).hasSize(1);
        assertThat(TestMailServer.subjectsTo("vhxh.head@phoyen.local")).hasSize(officeMails + 1);

        // the next export shows it settled: the wait ends, the follow-up with it
        importCsv(DossierSamples.row("H56-P1", "dat-dai", "kthtdt", "direct", "2026-02-16", "2026-02-27",
                "2026-03-09", "settled", "", "2026-03-09T10:00"));

        assertThat(late).hasPassed("followedToResult").isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-escalation")
                .processInstanceBusinessKey("H56-P1").count()).isZero();
    }

    @Test
    void aDossierSettledWhileTheLetterIsDraftedEndsTheProcess() {
        ProcessInstance late = importLate("H56-P2");

        importCsv(DossierSamples.row("H56-P2", "dat-dai", "kthtdt", "direct", "2026-02-16", "2026-02-27",
                "2026-03-02", "returned", "", "2026-03-02T10:00"));

        assertThat(late).hasNotPassed("signApology").hasPassed("followedToResult").isEnded();
    }

    @Test
    void aLetterWithoutItsReasonOrWithAnImpossibleDelayIsRefusedNamingTheField() {
        ProcessInstance late = importLate("H56-P3");
        Task draft = task(late.getId(), "draftApology");

        assertThatThrownBy(() -> completeAs(engine, "kthtdt.officer", draft, Map.of("lateReason", " ",
                "extraWorkingDays", 3L))).isInstanceOf(BadUserRequestException.class).hasMessageContaining("lateReason");
        for (Object days : List.of(0L, 31L, 2.5d)) {
            assertThatThrownBy(() -> completeAs(engine, "kthtdt.officer", task(late.getId(), "draftApology"),
                    Map.of("lateReason", "Thiếu hồ sơ", "extraWorkingDays", days)))
                    .as("%s", days).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("extraWorkingDays");
        }
        assertThat(late).isWaitingAt("draftApology");
    }

    private ProcessInstance importLate(String code) {
        importCsv(DossierSamples.row(code, "dat-dai", "kthtdt", "direct", "2026-02-16", "2026-02-27", "",
                "processing", "", "2026-02-27T17:00"));
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("dossier-late")
                .processInstanceBusinessKey(code).singleResult();
    }

    private void importCsv(String row) {
        imports.importFile("export.csv", (DossierSamples.HEADER + "\n" + row + "\n").getBytes(StandardCharsets.UTF_8));
    }
}
