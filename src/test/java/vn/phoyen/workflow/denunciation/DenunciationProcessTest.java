package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;

/** Every path of a denunciation, with its legal deadlines on the ward's calendar and the group holding each task. */
class DenunciationProcessTest extends DenunciationEngineTest {

    @Test
    void acceptedAcrossTetTheCaseIsVerifiedConcludedReturnedSignedAndPublished() {
        // received Tue 10/02/2026; Tết 14–22/02: 11, 12, 13, 23, 24, 25, 26 → Thu 26/02/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 10, 9, 0), "2026-02-10", "kthtdt");
        assertThat(denunciation.getBusinessKey()).startsWith("TC-2026-");
        assertThat(runtimeService.getVariables(denunciation.getId())).doesNotContainKeys("denouncerName",
                "denouncerContact");
        assertThat(runtimeService.getVariable(denunciation.getId(), "acceptanceDueDate")).isEqualTo(endOfDay(2026, 2, 26));
        assertThat(runtimeService.getVariable(denunciation.getId(), "extendedAcceptanceDueDate"))
                .isEqualTo(endOfDay(2026, 3, 3));

        Task assignment = task(denunciation.getId(), "assignHandler");
        assertThat(candidateGroups(assignment)).containsExactly("vp-heads");
        assertThat(assignment.getDueDate()).isEqualTo(endOfDay(2026, 2, 26));
        assertThat(formService.getTaskFormVariables(assignment.getId()).get("officerOptions").toString())
                .contains("vp.officer");
        submit(denunciation.getId(), "assignHandler", Map.of("handler", "vp.officer"));

        Task initial = task(denunciation.getId(), "processInitially");
        assertThat(initial.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(initial)).containsExactly("vp");
        assertThat(initial.getDueDate()).isEqualTo(endOfDay(2026, 2, 26));

        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 10, 0));
        submit(denunciation.getId(), "processInitially", Map.of("initialDecision", "accept"));
        // 30 days from Thu 26/02 end on Sat 28/03: the next working day, Mon 30/03/2026
        assertThat(runtimeService.getVariable(denunciation.getId(), "resolutionDueDate")).isEqualTo(endOfDay(2026, 3, 30));
        assertThat(runtimeService.getVariable(denunciation.getId(), "acceptedOn")).isNotNull();
        Task verification = task(denunciation.getId(), "verifyAndResolve");
        assertThat(verification.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(verification)).containsExactly("vp");
        assertThat(verification.getDueDate()).isEqualTo(endOfDay(2026, 3, 30));
        assertThat(timer(denunciation.getId()).getDuedate()).isEqualTo(endOfDay(2026, 3, 30));

        submit(denunciation.getId(), "verifyAndResolve",
                Map.of("resolutionDecision", "conclude", "verificationResult", "Có vi phạm"));
        submit(denunciation.getId(), "draftConclusion", Map.of("conclusionDraft", "Tố cáo đúng một phần"));
        Task signing = task(denunciation.getId(), "signConclusion");
        assertThat(candidateGroups(signing)).containsExactly("lanhdao");
        submit(denunciation.getId(), "signConclusion",
                Map.of("signDecision", "return", "returnComments", "Bổ sung căn cứ pháp lý"));

        Task redraft = task(denunciation.getId(), "draftConclusion");
        assertThat(redraft.getAssignee()).isEqualTo("vp.officer");
        assertThat(formService.getTaskFormVariables(redraft.getId()).get("returnComments"))
                .isEqualTo("Bổ sung căn cứ pháp lý");
        submit(denunciation.getId(), "draftConclusion", Map.of("conclusionDraft", "Tố cáo đúng một phần; căn cứ ..."));
        Task signAgain = task(denunciation.getId(), "signConclusion");
        assertThat(formService.getTaskFormVariables(signAgain.getId()).get("signDecision")).isNull();
        submit(denunciation.getId(), "signConclusion", Map.of("signDecision", "sign", "conclusionSignedOn", "2026-04-24"));

        // 7 working days from Fri 24/04/2026: 27/04, 30/04 and 01/05 are holidays → Fri 08/05/2026
        Task publication = task(denunciation.getId(), "publishConclusion");
        assertThat(candidateGroups(publication)).containsExactly("vp");
        assertThat(publication.getDueDate()).isEqualTo(endOfDay(2026, 5, 8));
        assertThatThrownBy(() -> formService.submitTaskForm(publication.getId(), Map.of("publishedWhere", "tru-so",
                "publishedOn", "2026-04-28", "identityProtected", false)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("identityProtected");
        submit(denunciation.getId(), "publishConclusion",
                Map.of("publishedWhere", "tru-so", "publishedOn", "2026-04-28", "identityProtected", true));

        assertThat(denunciation).isEnded().hasPassed("conclusionPublished");
        assertNoIdentityInTheEngine();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(denunciation.getId())
                .variableNameIn("denouncerName", "denouncerContact").count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(denunciation.getId()).variableUpdates()
                .list()).isNotEmpty()
                .noneSatisfy(detail -> assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                        .getVariableName()).isIn("denouncerName", "denouncerContact"));
    }

    @Test
    void receivedOnAMakeUpSaturdayTheInitialProcessingExtendsOnceAndEndsInARefusalNotice() {
        // Sat 10/01/2026 is a working day; counting starts on Sun 11: 12–16, 19, 20 → Tue 20/01/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 1, 10, 9, 0), "2026-01-10", "ca");
        submit(denunciation.getId(), "assignHandler", Map.of("handler", "vp.officer"));
        assertThat(task(denunciation.getId(), "processInitially").getDueDate()).isEqualTo(endOfDay(2026, 1, 20));

        submit(denunciation.getId(), "processInitially",
                Map.of("initialDecision", "extend", "initialExtensionReason", "Phải xác minh ở hai tổ dân phố"));
        Task again = task(denunciation.getId(), "processInitially");
        assertThat(again.getDueDate()).isEqualTo(endOfDay(2026, 1, 23));
        assertThat(again.getAssignee()).isEqualTo("vp.officer");
        assertThat(runtimeService.getVariable(denunciation.getId(), "initialExtensionReason"))
                .isEqualTo("Phải xác minh ở hai tổ dân phố");

        assertThatThrownBy(() -> formService.submitTaskForm(again.getId(), Map.of("initialDecision", "extend",
                "initialExtensionReason", "Lần nữa"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("một lần");
        assertThat(task(denunciation.getId(), "processInitially").getId()).isEqualTo(again.getId());

        submit(denunciation.getId(), "processInitially",
                Map.of("initialDecision", "refuse", "refusalReasons", "Người tố cáo không đủ năng lực hành vi dân sự"));
        Task notice = task(denunciation.getId(), "notifyDenouncer");
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 1, 23));
        submit(denunciation.getId(), "notifyDenouncer", Map.of("noticeDate", "2026-01-22", "noticeReference", "05/TB-UBND"));
        assertThat(denunciation).isEnded().hasPassed("denunciationClosed").hasNotPassed("recordAcceptance");
    }

    @Test
    void theMakeUpSaturdayCountsAsAWorkingDay() {
        // Fri 09/01/2026: Sat 10 (make-up), 12–16, 19 → Mon 19/01/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 1, 9, 9, 0), "2026-01-09", "ca");
        assertThat(runtimeService.getVariable(denunciation.getId(), "acceptanceDueDate")).isEqualTo(endOfDay(2026, 1, 19));
    }

    @Test
    void aDenunciationOutsideTheWardsCompetenceIsTransferredAndTheDenouncerNotified() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", "mttq");
        submit(denunciation.getId(), "assignHandler", Map.of("handler", "vp.officer"));
        submit(denunciation.getId(), "processInitially", Map.of("initialDecision", "transfer",
                "transferredTo", "Ủy ban kiểm tra Thành ủy", "transferReason", "Người bị tố cáo là đảng viên"));
        assertThat(task(denunciation.getId(), "notifyDenouncer").getDueDate()).isEqualTo(endOfDay(2026, 3, 11));
        submit(denunciation.getId(), "notifyDenouncer", Map.of("noticeDate", "2026-03-05", "noticeReference", "07/TB"));
        assertThat(denunciation).isEnded().hasPassed("noticeMerge", "denunciationClosed").hasNotPassed("recordAcceptance");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(denunciation.getId())
                .variableName("transferredTo").singleResult().getValue()).isEqualTo("Ủy ban kiểm tra Thành ủy");
    }

    @Test
    void aDenunciationAgainstTheLeadershipGoesStraightToTransferByTheOfficesHeads() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", "lanhdao");
        assertThat(runtimeService.getVariable(denunciation.getId(), "competence")).isEqualTo("transfer");
        Task transfer = task(denunciation.getId(), "transferLeadershipCase");
        assertThat(candidateGroups(transfer)).containsExactly("vp-heads");
        assertThat(transfer.getDueDate()).isEqualTo(endOfDay(2026, 3, 11));
        submit(denunciation.getId(), "transferLeadershipCase", Map.of("transferredTo", "Thanh tra tỉnh Thái Nguyên",
                "transferReason", "Tố cáo Chủ tịch UBND phường", "transferDate", "2026-03-03", "handler", "vp.officer"));
        assertThat(task(denunciation.getId(), "notifyDenouncer").getAssignee()).isEqualTo("vp.officer");
        submit(denunciation.getId(), "notifyDenouncer", Map.of("noticeDate", "2026-03-04", "noticeReference", "08/TB"));
        assertThat(denunciation).isEnded().hasNotPassed("assignHandler", "processInitially");
    }

    @Test
    void theResolutionExtendsTwiceEachARecordedDecisionWithANoticeAndAThirdIsRefused() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 10, 9, 0), "2026-02-10", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 10, 0));
        assignAndAccept(denunciation.getId());

        EngineClock.setTo(LocalDateTime.of(2026, 3, 25, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Vụ việc phức tạp", "extensionDecisionDate", "2026-03-25"));
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("extensionNumber", 1)
                .containsEntry("extension1Reason", "Vụ việc phức tạp")
                .containsEntry("extension1DecisionDate", "2026-03-25")
                .containsEntry("resolutionDueDate", endOfDay(2026, 4, 29));
        Task notice = task(denunciation.getId(), "notifyExtension");
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 3, 30));
        submit(denunciation.getId(), "notifyExtension",
                Map.of("extensionNoticeDate", "2026-03-26", "extensionNoticeReference", "10/TB"));

        Task verification = task(denunciation.getId(), "verifyAndResolve");
        assertThat(verification.getDueDate()).isEqualTo(endOfDay(2026, 4, 29));
        assertThat(timer(denunciation.getId()).getDuedate()).isEqualTo(endOfDay(2026, 4, 29));

        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Vụ việc đặc biệt phức tạp", "extensionDecisionDate", "2026-04-27"));
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("extensionNumber", 2)
                .containsEntry("extension2Reason", "Vụ việc đặc biệt phức tạp")
                .containsEntry("resolutionDueDate", endOfDay(2026, 5, 29));
        submit(denunciation.getId(), "notifyExtension",
                Map.of("extensionNoticeDate", "2026-04-28", "extensionNoticeReference", "11/TB"));

        Task third = task(denunciation.getId(), "verifyAndResolve");
        assertThat(third.getDueDate()).isEqualTo(endOfDay(2026, 5, 29));
        assertThatThrownBy(() -> formService.submitTaskForm(third.getId(), Map.of("resolutionDecision", "extend",
                "extensionReason", "Thêm nữa", "extensionDecisionDate", "2026-05-28")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("không được gia hạn thêm");
        assertThat(task(denunciation.getId(), "verifyAndResolve").getId()).isEqualTo(third.getId());
        assertThat(runtimeService.getVariable(denunciation.getId(), "extensionCount")).isEqualTo(2);

        submit(denunciation.getId(), "verifyAndResolve",
                Map.of("resolutionDecision", "conclude", "verificationResult", "Không có vi phạm"));
        assertThat(task(denunciation.getId(), "draftConclusion").getDueDate()).isEqualTo(endOfDay(2026, 5, 29));
    }

    @Test
    void aLateResolutionIsEscalatedWithoutNamingTheDenouncerAndTheWorkGoesOn() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 10, 9, 0), "2026-02-10", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 10, 0));
        assignAndAccept(denunciation.getId());

        EngineClock.setTo(LocalDateTime.of(2026, 3, 31, 8, 0));
        Job due = timer(denunciation.getId());
        managementService.executeJob(due.getId());

        ProcessInstance escalation = runtimeService.createProcessInstanceQuery()
                .superProcessInstanceId(denunciation.getId()).singleResult();
        assertThat(escalation.getBusinessKey()).isEqualTo(denunciation.getBusinessKey());
        Map<String, Object> inputs = runtimeService.getVariables(escalation.getId());
        assertThat(inputs).containsEntry("taskTitle", "Tố cáo " + denunciation.getBusinessKey())
                .containsEntry("leadUnit", "vp").containsEntry("escalationDeadline", endOfDay(2026, 3, 30));
        assertThat(inputs.values().toString()).doesNotContain(NAME).doesNotContain(CONTACT);
        assertThat(task(denunciation.getId(), "verifyAndResolve")).isNotNull();
    }

    @Test
    void badStartVariablesAreRefusedNamingTheVariableAndLeaveNothingBehind() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        long instances = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("denunciation").count();
        Integer identities = jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_identity", Integer.class);

        Map<String, Object> unknownUnit = startVariables("2026-03-02", "khong-co");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("denunciation", unknownUnit))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("accusedUnit");
        Map<String, Object> noName = startVariables("2026-03-02", "ca");
        noName.remove("denouncerName");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("denunciation", noName))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("denouncerName");
        Map<String, Object> tooLong = startVariables("2026-03-02", "ca");
        tooLong.put("denouncerContact", "x".repeat(301));
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("denunciation", tooLong))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("denouncerContact")
                .message().doesNotContain("xxxx");
        Map<String, Object> tomorrow = startVariables("2026-03-03", "ca");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("denunciation", tomorrow))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("receivedDate");

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("denunciation").count())
                .isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_identity", Integer.class))
                .isEqualTo(identities);
    }
}
