package vn.phoyen.workflow.denunciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.phoyen.workflow.EngineClock;

/**
 * Every path of a denunciation (Law 25/2018), with its legal deadlines on the ward's calendar and the group holding
 * each task; each test names the article it follows.
 */
class DenunciationProcessTest extends DenunciationEngineTest {

    /** Art. 24(1), 29, 30, 35, 36, 40: the whole ward path, the Chairman returning the draft once. */
    @Test
    void acceptedAcrossTetTheCaseIsVerifiedConcludedReturnedSignedSentPublishedAndHandled() {
        // received Tue 10/02/2026; Tết 14–22/02: 11, 12, 13, 23, 24, 25, 26 → Thu 26/02/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 10, 9, 0), "2026-02-10", "kthtdt");
        assertThat(denunciation.getBusinessKey()).startsWith("TC-2026-");
        assertThat(runtimeService.getVariables(denunciation.getId())).doesNotContainKeys("denouncerName",
                "denouncerContact").containsEntry("competence", "ward").containsEntry("anonymous", false)
                .containsEntry("competentBody", "Chủ tịch UBND phường Phổ Yên");
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
        // Art. 29: the Chairman decides the acceptance in writing
        Task acceptance = task(denunciation.getId(), "decideAcceptance");
        assertThat(candidateGroups(acceptance)).containsExactly("lanhdao");
        assertThat(acceptance.getDueDate()).isEqualTo(endOfDay(2026, 2, 26));
        assertThatThrownBy(() -> formService.submitTaskForm(acceptance.getId(), Map.of("acceptanceDecision", "accept",
                "acceptanceDecisionDate", "2026-02-26"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("acceptanceDecisionNumber");
        submit(denunciation.getId(), "decideAcceptance", Map.of("acceptanceDecision", "accept",
                "acceptanceDecisionNumber", "01/QĐ-UBND", "acceptanceDecisionDate", "2026-02-26"));
        // Art. 30: 30 days from Thu 26/02 end on Sat 28/03: the next working day, Mon 30/03/2026
        assertThat(runtimeService.getVariable(denunciation.getId(), "resolutionDueDate")).isEqualTo(endOfDay(2026, 3, 30));
        assertThat(runtimeService.getVariable(denunciation.getId(), "acceptedOn"))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 2, 26, 0, 0)));
        // Art. 29: notices to the denouncer and the accused within 5 working days: 27/02, 02–05/03 → Thu 05/03
        Task notices = task(denunciation.getId(), "notifyAcceptance");
        assertThat(notices.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(notices)).containsExactly("vp");
        assertThat(notices.getDueDate()).isEqualTo(endOfDay(2026, 3, 5));
        assertThat(formService.getTaskFormVariables(notices.getId()).get("noticeSubject").toString())
                .contains("Điều 29");
        Map<String, Object> onlyToTheDenouncer = new HashMap<>(notices("2026-02-26"));
        onlyToTheDenouncer.remove("accusedNoticeDate");
        assertThatThrownBy(() -> formService.submitTaskForm(notices.getId(), onlyToTheDenouncer))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("accusedNoticeDate");
        submit(denunciation.getId(), "notifyAcceptance", notices("2026-02-26"));

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
        EngineClock.setTo(LocalDateTime.of(2026, 4, 24, 15, 0));
        assertThatThrownBy(() -> formService.submitTaskForm(signAgain.getId(), Map.of("signDecision", "sign",
                "conclusionSignedOn", "2026-04-24"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("conclusionNumber");
        submit(denunciation.getId(), "signConclusion", Map.of("signDecision", "sign", "conclusionNumber", "05/KL-UBND",
                "conclusionSignedOn", "2026-04-24"));

        // Art. 35: sent to the accused, the denouncer notified, in 5 working days from Fri 24/04/2026:
        // 27/04, 30/04 and 01/05 are holidays → 28, 29/04, 04, 05, 06/05
        Task sending = task(denunciation.getId(), "sendConclusion");
        assertThat(sending.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(sending)).containsExactly("vp");
        assertThat(sending.getDueDate()).isEqualTo(endOfDay(2026, 5, 6));
        EngineClock.setTo(LocalDateTime.of(2026, 4, 28, 9, 0));
        submit(denunciation.getId(), "sendConclusion", Map.of("conclusionSentOn", "2026-04-28",
                "conclusionSendingReference", "20/UBND", "denouncerNoticeDate", "2026-04-28",
                "denouncerNoticeReference", "21/TB-UBND"));

        // Art. 40: published in 7 working days → Fri 08/05/2026; Art. 36: handled in 7 working days → Fri 08/05/2026
        Task publication = task(denunciation.getId(), "publishConclusion");
        assertThat(candidateGroups(publication)).containsExactly("vp");
        assertThat(publication.getDueDate()).isEqualTo(endOfDay(2026, 5, 8));
        Task handling = task(denunciation.getId(), "handleConclusion");
        assertThat(candidateGroups(handling)).containsExactly("lanhdao");
        assertThat(handling.getDueDate()).isEqualTo(endOfDay(2026, 5, 8));
        assertThatThrownBy(() -> formService.submitTaskForm(publication.getId(), Map.of("publishedWhere", "tru-so",
                "publishedOn", "2026-04-28", "identityProtected", false)))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("identityProtected");
        submit(denunciation.getId(), "publishConclusion",
                Map.of("publishedWhere", "tru-so", "publishedOn", "2026-04-28", "identityProtected", true));
        assertThatThrownBy(() -> formService.submitTaskForm(handling.getId(), Map.of("handlingOutcome", "discipline",
                "handledOn", "2026-04-28"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("handlingMeasures");
        submit(denunciation.getId(), "handleConclusion", Map.of("handlingOutcome", "discipline",
                "handlingMeasures", "Khiển trách công chức vi phạm", "handledOn", "2026-04-28"));

        assertThat(denunciation).isEnded().hasPassed("publishConclusion", "conclusionHandled");
        assertNoIdentityInTheEngine();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(denunciation.getId())
                .variableNameIn("denouncerName", "denouncerContact").count()).isZero();
        assertThat(historyService.createHistoricDetailQuery().processInstanceId(denunciation.getId()).variableUpdates()
                .list()).isNotEmpty()
                .noneSatisfy(detail -> assertThat(((org.camunda.bpm.engine.history.HistoricVariableUpdate) detail)
                        .getVariableName()).isIn("denouncerName", "denouncerContact"));
    }

    /** Art. 24(1): the initial processing extends once; Art. 29: a refusal with its notice. */
    @Test
    void receivedOnAMakeUpSaturdayTheInitialProcessingExtendsOnceAndEndsInARefusalNotice() {
        // Sat 10/01/2026 is a working day; counting starts on Sun 11: 12–16, 19, 20 → Tue 20/01/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 1, 10, 9, 0), "2026-01-10", "kthtdt");
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
        assertThatThrownBy(() -> formService.submitTaskForm(again.getId(), Map.of("initialDecision", "refuse")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("refusalReasons");

        submit(denunciation.getId(), "processInitially",
                Map.of("initialDecision", "refuse", "refusalReasons", "Người tố cáo không đủ năng lực hành vi dân sự"));
        Task notice = task(denunciation.getId(), "notifyDenouncer");
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 1, 23));
        submit(denunciation.getId(), "notifyDenouncer", Map.of("noticeDate", "2026-01-22", "noticeReference", "05/TB-UBND"));
        assertThat(denunciation).isEnded().hasPassed("denunciationClosed").hasNotPassed("recordAcceptance");
    }

    /** Art. 29: the Chairman may refuse what the officer proposed to accept; the denouncer is told why. */
    @Test
    void theChairmanRefusesTheAcceptanceAndTheDenouncerIsNotified() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", "ttdvth");
        submit(denunciation.getId(), "assignHandler", Map.of("handler", "vp.officer"));
        submit(denunciation.getId(), "processInitially", Map.of("initialDecision", "accept"));
        submit(denunciation.getId(), "decideAcceptance", Map.of("acceptanceDecision", "refuse",
                "refusalReasons", "Không có căn cứ xác định người vi phạm (Điều 29 khoản 4)"));
        submit(denunciation.getId(), "notifyDenouncer", Map.of("noticeDate", "2026-03-02", "noticeReference", "6/TB"));
        assertThat(denunciation).isEnded().hasPassed("denunciationClosed").hasNotPassed("recordAcceptance");
    }

    @Test
    void theMakeUpSaturdayCountsAsAWorkingDay() {
        // Fri 09/01/2026: Sat 10 (make-up), 12–16, 19 → Mon 19/01/2026
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 1, 9, 9, 0), "2026-01-09", "ca");
        assertThat(runtimeService.getVariable(denunciation.getId(), "acceptanceDueDate")).isEqualTo(endOfDay(2026, 1, 19));
    }

    /** Art. 24(2): found outside the ward's competence during the initial processing: transferred, denouncer told. */
    @Test
    void aDenunciationFoundOutsideTheWardsCompetenceIsTransferredAndTheDenouncerNotifiedWithinFiveWorkingDays() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", "kthtdt");
        submit(denunciation.getId(), "assignHandler", Map.of("handler", "vp.officer"));
        submit(denunciation.getId(), "processInitially", Map.of("initialDecision", "transfer",
                "transferredTo", "Ủy ban kiểm tra Thành ủy", "transferReason", "Người bị tố cáo là đảng viên"));
        // 5 working days from Mon 02/03: 03, 04, 05, 06, 09 → Mon 09/03/2026
        Task notice = task(denunciation.getId(), "notifyTransfer");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        submit(denunciation.getId(), "notifyTransfer", Map.of("transferNoticeDate", "2026-03-02",
                "transferNoticeReference", "07/TB"));
        assertThat(denunciation).isEnded().hasPassed("notifyTransfer", "denunciationTransferred")
                .hasNotPassed("recordAcceptance");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(denunciation.getId())
                .variableName("transferredTo").singleResult().getValue()).isEqualTo("Ủy ban kiểm tra Thành ủy");
    }

    /**
     * Art. 13(1), 24(2): the police, the Fatherland Front, the Party inspection committee, the Council's committee and
     * the ward's leadership are not the Chairman's to resolve: the office's heads transfer within 5 working days of
     * receipt to the body the competence table names, and the denouncer is told.
     */
    @ParameterizedTest
    @ValueSource(strings = {"ca", "mttq", "ubkt", "banktns", "lanhdao"})
    void aDenunciationOfAUnitTheChairmanDoesNotManageIsTransferredWithANotice(String unit) {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", unit);
        assertThat(runtimeService.getVariable(denunciation.getId(), "competence")).isEqualTo("transfer");
        String body = (String) runtimeService.getVariable(denunciation.getId(), "competentBody");
        assertThat(body).isNotBlank().doesNotStartWith("Chủ tịch UBND phường");
        Task transfer = task(denunciation.getId(), "transferCase");
        assertThat(candidateGroups(transfer)).containsExactly("vp-heads");
        assertThat(transfer.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        assertThatThrownBy(() -> formService.submitTaskForm(transfer.getId(), Map.of("transferredTo", body,
                "transferReason", "Không thuộc thẩm quyền", "transferDate", "2026-03-03", "handler", "vp.officer")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("transferDate");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 3, 9, 0));
        submit(denunciation.getId(), "transferCase", Map.of("transferredTo", body, "transferReason",
                "Không thuộc thẩm quyền", "transferDate", "2026-03-03", "transferReference", "15/UBND-TCD",
                "handler", "vp.officer"));
        Task notice = task(denunciation.getId(), "notifyTransfer");
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
        submit(denunciation.getId(), "notifyTransfer", Map.of("transferNoticeDate", "2026-03-03",
                "transferNoticeReference", "08/TB"));
        assertThat(denunciation).isEnded().hasPassed("denunciationTransferred")
                .hasNotPassed("assignHandler", "processInitially", "decideAcceptance");
    }

    /** Art. 13(1): the Chairman resolves denunciations of the staff he or she manages directly. */
    @ParameterizedTest
    @ValueSource(strings = {"vhxh", "vp", "kthtdt", "ttdvth"})
    void aDenunciationOfTheChairmansOwnStaffIsHandledByTheWard(String unit) {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 3, 2, 9, 0), "2026-03-02", unit);
        assertThat(runtimeService.getVariable(denunciation.getId(), "competence")).isEqualTo("ward");
        assertThat(task(denunciation.getId(), "assignHandler")).isNotNull();
        assertThat(tasks(denunciation.getId(), "transferCase")).isEmpty();
    }

    /**
     * Art. 30: an especially complex case, extended twice by the Chairman's written decisions, each deadline counted
     * from the acceptance; the first extended day (acceptance + 60 = Fri 01/05, a holiday) moves to Mon 04/05, and the
     * second is still acceptance + 90 (Sun 31/05 → Mon 01/06), not the moved day + 30 (03/06). No third.
     */
    @Test
    void anEspeciallyComplexCaseExtendsTwiceEachDeadlineCountedFromTheAcceptanceAndAThirdIsRefused() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 24, 9, 0), "2026-02-24", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-03-02");
        assertThat(runtimeService.getVariable(denunciation.getId(), "resolutionDueDate")).isEqualTo(endOfDay(2026, 4, 1));

        EngineClock.setTo(LocalDateTime.of(2026, 3, 30, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Phải xác minh ở nhiều nơi"));
        Task decision = task(denunciation.getId(), "decideExtension");
        assertThat(candidateGroups(decision)).containsExactly("lanhdao");
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 4, 1));
        assertThatThrownBy(() -> formService.submitTaskForm(decision.getId(), Map.of("extensionDecision", "extend",
                "complexity", "especially-complex", "extensionDecisionDate", "2026-03-30")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("extensionDecisionNumber");
        submit(denunciation.getId(), "decideExtension", Map.of("extensionDecision", "extend",
                "complexity", "especially-complex", "extensionDecisionNumber", "03/QĐ-UBND",
                "extensionDecisionDate", "2026-03-30"));
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("extensionNumber", 1)
                .containsEntry("extension1Reason", "Phải xác minh ở nhiều nơi")
                .containsEntry("extension1DecisionNumber", "03/QĐ-UBND")
                .containsEntry("extension1DecisionDate", "2026-03-30")
                .containsEntry("extension1Complexity", "especially-complex")
                .containsEntry("resolutionDueDate", endOfDay(2026, 5, 4));
        // the denouncer and the accused notified: 5 working days from Mon 30/03 → Mon 06/04
        Task notice = task(denunciation.getId(), "notifyExtension");
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        assertThat(candidateGroups(notice)).containsExactly("vp");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 4, 6));
        submit(denunciation.getId(), "notifyExtension", notices("2026-03-30"));

        Task verification = task(denunciation.getId(), "verifyAndResolve");
        assertThat(verification.getDueDate()).isEqualTo(endOfDay(2026, 5, 4));
        assertThat(timer(denunciation.getId()).getDuedate()).isEqualTo(endOfDay(2026, 5, 4));

        EngineClock.setTo(LocalDateTime.of(2026, 4, 28, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Chờ kết quả xác minh của cơ quan khác"));
        submit(denunciation.getId(), "decideExtension", Map.of("extensionDecision", "extend",
                "complexity", "especially-complex", "extensionDecisionNumber", "04/QĐ-UBND",
                "extensionDecisionDate", "2026-04-28"));
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("extensionNumber", 2)
                .containsEntry("extension2DecisionNumber", "04/QĐ-UBND")
                .containsEntry("extension1DueDate", endOfDay(2026, 5, 4))
                .containsEntry("extension2DueDate", endOfDay(2026, 6, 1))
                .containsEntry("resolutionDueDate", endOfDay(2026, 6, 1));
        submit(denunciation.getId(), "notifyExtension", notices("2026-04-28"));

        Task third = task(denunciation.getId(), "verifyAndResolve");
        assertThat(third.getDueDate()).isEqualTo(endOfDay(2026, 6, 1));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend",
                "extensionReason", "Thêm nữa"));
        Task refused = task(denunciation.getId(), "decideExtension");
        assertThatThrownBy(() -> formService.submitTaskForm(refused.getId(), Map.of("extensionDecision", "extend",
                "complexity", "especially-complex", "extensionDecisionNumber", "05/QĐ",
                "extensionDecisionDate", "2026-04-28")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("không được gia hạn thêm");
        assertThat(task(denunciation.getId(), "decideExtension").getId()).isEqualTo(refused.getId());
        assertThat(runtimeService.getVariable(denunciation.getId(), "extensionCount")).isEqualTo(2);
        // the Chairman declines instead: back to the verification, deadline unchanged
        submit(denunciation.getId(), "decideExtension", Map.of("extensionDecision", "refuse"));
        assertThat(task(denunciation.getId(), "verifyAndResolve").getDueDate()).isEqualTo(endOfDay(2026, 6, 1));
        assertThat(denunciation).isWaitingAt("verifyAndResolve");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(denunciation.getId()).activityId("extendResolution").count()).isEqualTo(2);

        submit(denunciation.getId(), "verifyAndResolve",
                Map.of("resolutionDecision", "conclude", "verificationResult", "Không có vi phạm"));
        assertThat(task(denunciation.getId(), "draftConclusion").getDueDate()).isEqualTo(endOfDay(2026, 6, 1));
    }

    /** Art. 30: a (merely) complex case is extended once only. */
    @Test
    void aComplexCaseIsExtendedOnceOnly() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 24, 9, 0), "2026-02-24", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-03-02");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 30, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend", "extensionReason", "a"));
        submit(denunciation.getId(), "decideExtension", Map.of("extensionDecision", "extend", "complexity", "complex",
                "extensionDecisionNumber", "03/QĐ", "extensionDecisionDate", "2026-03-30"));
        submit(denunciation.getId(), "notifyExtension", notices("2026-03-30"));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "extend", "extensionReason", "b"));
        Task second = task(denunciation.getId(), "decideExtension");
        assertThatThrownBy(() -> formService.submitTaskForm(second.getId(), Map.of("extensionDecision", "extend",
                "complexity", "complex", "extensionDecisionNumber", "04/QĐ", "extensionDecisionDate", "2026-03-30")))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("đặc biệt phức tạp");
        assertThat(runtimeService.getVariable(denunciation.getId(), "resolutionDueDate")).isEqualTo(endOfDay(2026, 5, 4));
    }

    /**
     * Art. 34: suspended by the Chairman's decision with notices; resumed by another with notices; the ten days
     * suspended do not count: acceptance Mon 02/03 + 10 + 30 = Sat 11/04 → Mon 13/04. A refused suspension goes on.
     */
    @Test
    void aSuspensionStopsThePeriodAndTheResumptionCountsItFromTheAcceptancePlusTheDaysSuspended() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 24, 9, 0), "2026-02-24", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-03-02");

        EngineClock.setTo(LocalDateTime.of(2026, 3, 5, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "suspend",
                "suspensionReason", "Chờ kết quả giám định"));
        submit(denunciation.getId(), "decideSuspension", Map.of("suspensionDecision", "refuse"));
        assertThat(denunciation).hasPassed("decideSuspension").hasNotPassed("recordSuspension");

        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 10, 0));
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "suspend",
                "suspensionReason", "Chờ kết quả giám định chữ ký"));
        Task decision = task(denunciation.getId(), "decideSuspension");
        assertThat(candidateGroups(decision)).containsExactly("lanhdao");
        submit(denunciation.getId(), "decideSuspension", Map.of("suspensionDecision", "suspend",
                "suspensionDecisionNumber", "06/QĐ-UBND", "suspensionDecisionDate", "2026-03-10"));
        assertThat(runtimeService.getVariable(denunciation.getId(), "suspended")).isEqualTo(true);
        // notices within 5 working days of Tue 10/03 → Tue 17/03
        Task notice = task(denunciation.getId(), "notifySuspension");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 3, 17));
        assertThat(notice.getAssignee()).isEqualTo("vp.officer");
        submit(denunciation.getId(), "notifySuspension", notices("2026-03-10"));
        assertThat(timer(denunciation.getId())).isNull();

        EngineClock.setTo(LocalDateTime.of(2026, 3, 20, 10, 0));
        Task resumption = task(denunciation.getId(), "resumeResolution");
        assertThat(candidateGroups(resumption)).containsExactly("lanhdao");
        assertThatThrownBy(() -> formService.submitTaskForm(resumption.getId(), Map.of("resumptionDecisionNumber",
                "07/QĐ", "resumptionDecisionDate", "2026-03-09"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("resumptionDecisionDate");
        submit(denunciation.getId(), "resumeResolution", Map.of("resumptionDecisionNumber", "07/QĐ-UBND",
                "resumptionDecisionDate", "2026-03-20"));
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("suspendedDays", 10L)
                .containsEntry("suspended", false).containsEntry("resolutionDueDate", endOfDay(2026, 4, 13));
        // 5 working days from Fri 20/03 → Fri 27/03
        assertThat(task(denunciation.getId(), "notifyResumption").getDueDate()).isEqualTo(endOfDay(2026, 3, 27));
        submit(denunciation.getId(), "notifyResumption", notices("2026-03-20"));
        assertThat(task(denunciation.getId(), "verifyAndResolve").getDueDate()).isEqualTo(endOfDay(2026, 4, 13));
        assertThat(timer(denunciation.getId()).getDuedate()).isEqualTo(endOfDay(2026, 4, 13));
    }

    /** Art. 33, 34: a written withdrawal by message; the Chairman terminates the resolution, both sides told. */
    @Test
    void aWithdrawalReceivedByMessageLeadsToATerminationWithNotices() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 24, 9, 0), "2026-02-24", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-03-02");

        EngineClock.setTo(LocalDateTime.of(2026, 3, 12, 10, 0));
        runtimeService.createMessageCorrelation("denunciationWithdrawn").processInstanceBusinessKey(
                denunciation.getBusinessKey()).setVariable("withdrawalRequestDate", "2026-03-11").correlate();
        assertThat(tasks(denunciation.getId(), "verifyAndResolve")).isEmpty();
        assertThat(timer(denunciation.getId())).isNull();
        Task decision = task(denunciation.getId(), "decideWithdrawal");
        assertThat(candidateGroups(decision)).containsExactly("lanhdao");
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 4, 1));
        assertThat(formService.getTaskFormVariables(decision.getId()).get("withdrawalRequestDate")).isEqualTo("2026-03-11");
        submit(denunciation.getId(), "decideWithdrawal", Map.of("withdrawalOutcome", "terminate",
                "terminationDecisionNumber", "08/QĐ-UBND", "terminationDecisionDate", "2026-03-12"));
        // 5 working days from Thu 12/03 → Thu 19/03
        Task notice = task(denunciation.getId(), "notifyTermination");
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2026, 3, 19));
        submit(denunciation.getId(), "notifyTermination", notices("2026-03-12"));
        assertThat(denunciation).isEnded().hasPassed("withdrawalReceived", "denunciationTerminated")
                .hasNotPassed("draftConclusion");
    }

    /** Art. 33: withdrawn in writing, recorded by the handler; signs of a violation: the Chairman goes on. */
    @Test
    void aWithdrawalRecordedByTheHandlerIsOverruledWhenThereAreSignsOfAViolation() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 24, 9, 0), "2026-02-24", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-03-02");
        Task verification = task(denunciation.getId(), "verifyAndResolve");
        assertThatThrownBy(() -> formService.submitTaskForm(verification.getId(),
                Map.of("resolutionDecision", "withdrawal"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("withdrawalRequestDate");
        submit(denunciation.getId(), "verifyAndResolve", Map.of("resolutionDecision", "withdrawal",
                "withdrawalRequestDate", "2026-03-02"));
        assertThatThrownBy(() -> formService.submitTaskForm(task(denunciation.getId(), "decideWithdrawal").getId(),
                Map.of("withdrawalOutcome", "continue"))).isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("continueReason");
        submit(denunciation.getId(), "decideWithdrawal", Map.of("withdrawalOutcome", "continue",
                "continueReason", "Có dấu hiệu người tố cáo bị đe dọa"));
        assertThat(task(denunciation.getId(), "verifyAndResolve").getDueDate()).isEqualTo(endOfDay(2026, 4, 1));
        assertThat(denunciation).isActive().hasPassed("decideWithdrawal").hasNotPassed("notifyTermination");
    }

    /**
     * Art. 25: a letter with no identified denouncer is information, not a denunciation: no acceptance, no transfer
     * by competence, no identity kept; checked when specific and backed by evidence, else filed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"inspect", "file", "forward"})
    void anonymousInformationIsCheckedOrFiledOnItsOwnPath(String outcome) {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        Integer identities = jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_identity", Integer.class);
        Map<String, Object> letter = startVariables("2026-03-02", "ca");
        letter.remove("denouncerName");
        letter.remove("denouncerContact");
        letter.put("anonymous", true);
        ProcessInstance information = runtimeService.startProcessInstanceByKey("denunciation", letter);
        assertThat(runtimeService.getVariable(information.getId(), "anonymous")).isEqualTo(true);
        Task check = task(information.getId(), "checkInformation");
        assertThat(candidateGroups(check)).containsExactly("vp");
        // within the initial processing's 7 working days: 03–06, 09–11/03 → Wed 11/03
        assertThat(check.getDueDate()).isEqualTo(endOfDay(2026, 3, 11));
        assertThatThrownBy(() -> formService.submitTaskForm(check.getId(), Map.of("informationOutcome", outcome)))
                .isInstanceOf(BadUserRequestException.class);
        submit(information.getId(), "checkInformation", Map.of("informationOutcome", outcome,
                "inspectionNote", "Có ảnh chụp biên lai", "forwardedTo", "Công an tỉnh Thái Nguyên",
                "filingReason", "Nội dung chung chung, không có chứng cứ"));
        assertThat(information).isEnded().hasPassed("informationHandled")
                .hasNotPassed("assignHandler", "transferCase", "decideAcceptance");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_identity", Integer.class))
                .isEqualTo(identities);
    }

    @Test
    void aLateResolutionIsEscalatedWithoutNamingTheDenouncerAndTheWorkGoesOn() {
        ProcessInstance denunciation = start(LocalDateTime.of(2026, 2, 10, 9, 0), "2026-02-10", "kthtdt");
        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 10, 0));
        assignAndAccept(denunciation.getId(), "2026-02-26");

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
        Map<String, Object> anonymousAsText = startVariables("2026-03-02", "ca");
        anonymousAsText.put("anonymous", "yes");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("denunciation", anonymousAsText))
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("anonymous");

        assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("denunciation").count())
                .isEqualTo(instances);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_denouncer_identity", Integer.class))
                .isEqualTo(identities);
    }
}
