package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The rules of the decisive complaint forms (Luật Khiếu nại 2011), without the engine. */
class ComplaintAnswersTest {

    /** 90 days counted from the day after learning of the decision (Art. 9); days off are the table's concern. */
    private static final ComplaintAnswers.Context CONTEXT = ComplaintAnswers.Context.of(
            learnedOn -> learnedOn.plusDays(90), Set.of("vp", "kthtdt")::contains);

    private static final Map<String, Object> NOTICE = Map.of("noticeNumber", "1/TB", "noticeDate", "2026-03-02",
            "receivedDate", "2026-03-02");

    @Test
    void eachIntakeDecisionNeedsItsOwnDetailAndAWrittenNotice() {
        assertThat(problem("decideAcceptance", Map.of())).contains("acceptanceDecision");
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "accept", "learnedOn", "2026-02-01")))
                .contains("acceptedOn");
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "accept", "learnedOn", "2026-02-01",
                "acceptedOn", "02/03/2026"))).contains("yyyy-MM-dd");
        assertThat(problem("decideAcceptance", Map.of("acceptanceDecision", "refuse", "refusalGround", "unsigned",
                "receivedDate", "2026-03-02"))).contains("noticeNumber");
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "accept", "learnedOn", "2026-02-01",
                "acceptedOn", "2026-03-02"))).isEmpty();
    }

    @Test
    void anAcceptanceRecordsWhenTheComplainantLearnedOfTheDecision() {
        // Art. 9: the time limit runs from that day, so it is needed to accept
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "accept", "acceptedOn", "2026-03-02")))
                .contains("learnedOn");
        // it cannot be after the complaint was received
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "accept", "acceptedOn", "2026-03-02",
                "learnedOn", "2026-03-03"))).contains("learnedOn").contains("sau ngày nhận đơn");
    }

    @Test
    void art9TheNinetiethDayIsInTimeTheNinetyFirstIsLate() {
        // learned on 05/01/2026: day 90 is 05/04/2026
        Map<String, Object> accept = with(NOTICE, "acceptanceDecision", "accept", "acceptedOn", "2026-04-06",
                "learnedOn", "2026-01-05");
        assertThat(problem("decideAcceptance", with(accept, "receivedDate", "2026-04-05"))).isEmpty();
        assertThat(ComplaintAnswers.withinTimeLimit(with(accept, "receivedDate", "2026-04-05"), CONTEXT)).isTrue();

        Map<String, Object> late = with(accept, "receivedDate", "2026-04-06");
        assertThat(ComplaintAnswers.withinTimeLimit(late, CONTEXT)).isFalse();
        assertThat(problem("decideAcceptance", late)).contains("lateCause").contains("05/04/2026");
        assertThat(problem("decideAcceptance", with(late, "lateCause", "bận việc nhà"))).contains("lateCause");
        assertThat(problem("decideAcceptance", with(late, "lateCause", "sickness"))).contains("lateCauseDetails");
        assertThat(problem("decideAcceptance", with(late, "lateCause", "sickness", "lateCauseDetails",
                "Nằm viện từ 01/03 đến 20/03/2026, có giấy ra viện"))).isEmpty();
    }

    @Test
    void art11ARefusalNamesAGroundFromTheListOrOtherWithItsText() {
        Map<String, Object> refuse = with(NOTICE, "acceptanceDecision", "refuse");
        assertThat(problem("decideAcceptance", refuse)).contains("refusalGround");
        assertThat(problem("decideAcceptance", with(refuse, "refusalGround", "hết hạn"))).contains("refusalGround");
        assertThat(problem("decideAcceptance", with(refuse, "refusalGround", "unsigned"))).isEmpty();
        assertThat(problem("decideAcceptance", with(refuse, "refusalGround", "other"))).contains("refusalGroundOther");
        assertThat(problem("decideAcceptance", with(refuse, "refusalGround", "other", "refusalGroundOther", " ")))
                .contains("refusalGroundOther");
        assertThat(problem("decideAcceptance", with(refuse, "refusalGround", "other", "refusalGroundOther",
                "Đơn viết bằng tiếng nước ngoài, không có bản dịch"))).isEmpty();
        assertThat(RefusalGround.codes()).hasSize(10).contains("time-limit-expired", "other");
    }

    @Test
    void art11ClauseSixOnlyWhenTheTimeLimitHasPassed() {
        Map<String, Object> expired = with(NOTICE, "acceptanceDecision", "refuse", "refusalGround", "time-limit-expired");
        assertThat(problem("decideAcceptance", expired)).contains("learnedOn");
        // learned on 01/12/2025: day 90 is 01/03/2026, received 02/03: late
        assertThat(problem("decideAcceptance", with(expired, "learnedOn", "2025-12-01"))).isEmpty();
        // learned on 02/12/2025: day 90 is 02/03/2026, the day it was received: not late
        assertThat(problem("decideAcceptance", with(expired, "learnedOn", "2025-12-02"))).contains("chưa hết")
                .contains("refusalGround");
    }

    @Test
    void aComplaintOutsideTheWardsCompetenceIsGuidedToTheCompetentBodyAndTheOldPassOnIsUnderstood() {
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "guide"))).contains("guidedTo");
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "guide", "guidedTo",
                "Sở Xây dựng tỉnh Thái Nguyên"))).isEmpty();
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "pass-on", "passedOnTo",
                "Sở Xây dựng"))).isEmpty();
        assertThat(problem("decideAcceptance", with(NOTICE, "acceptanceDecision", "pass-on"))).contains("guidedTo");
    }

    @Test
    void aSignedDecisionHasANumberAndDateAReturnedDraftHasCommentsAndTheDraftNamesAWardUnit() {
        assertThat(problem("signDecision", Map.of("signingDecision", "sign"))).contains("decisionNumber");
        assertThat(problem("signDecision", Map.of("signingDecision", "sign", "decisionNumber", "4/QĐ",
                "decisionSignedOn", "2026-03-20"))).isEmpty();
        assertThat(problem("signDecision", Map.of("signingDecision", "return", "signComments", " ")))
                .contains("signComments");
        assertThat(problem("draftDecision", Map.of())).contains("implementingUnit");
        assertThat(problem("draftDecision", Map.of("implementingUnit", "xyz"))).contains("implementingUnit")
                .contains("xyz");
        assertThat(problem("draftDecision", Map.of("implementingUnit", "kthtdt"))).isEmpty();
        assertThat(problem("verifyComplaint", Map.of())).isEmpty();
    }

    @Test
    void art33ASecondLevelComplaintOrALawsuitIsRecordedWithItsDateAndBody() {
        assertThat(problem("recordComplainantResponse", Map.of("outcome", "lawsuit"))).contains("filedOn");
        assertThat(problem("recordComplainantResponse", Map.of("outcome", "lawsuit", "filedOn", "2026-05-05")))
                .contains("filedWith");
        assertThat(problem("recordComplainantResponse", Map.of("outcome", "second-level", "filedOn", "2026-05-05",
                "filedWith", "Chủ tịch UBND tỉnh Thái Nguyên"))).isEmpty();
        assertThat(problem("recordComplainantResponse", Map.of("outcome", "accepted"))).isEmpty();
        assertThat(problem("recordComplainantResponse", Map.of())).contains("outcome");
    }

    @Test
    void art10AWithdrawalNeedsTheWrittenRequestTheSuspensionDecisionAndItsNotice() {
        assertThat(problem("recordWithdrawal", Map.of())).contains("withdrawalRequestDate");
        assertThat(problem("recordWithdrawal", Map.of("withdrawalRequestDate", "2026-03-02"))).isEmpty();
        assertThat(problem("signSuspension", Map.of("suspensionDecisionDate", "2026-03-03")))
                .contains("suspensionDecisionNumber");
        assertThat(problem("signSuspension", Map.of("suspensionDecisionNumber", "5/QĐ-UBND")))
                .contains("suspensionDecisionDate");
        assertThat(problem("signSuspension", Map.of("suspensionDecisionNumber", "5/QĐ-UBND",
                "suspensionDecisionDate", "2026-03-03"))).isEmpty();
        assertThat(problem("notifySuspension", Map.of("suspensionNoticeNumber", "6/TB-UBND")))
                .contains("suspensionNoticeDate");
        assertThat(problem("notifySuspension", Map.of("suspensionNoticeNumber", "6/TB-UBND",
                "suspensionNoticeDate", "2026-03-04"))).isEmpty();
    }

    @Test
    void theRightsNoticeAndTheImplementationAreRecorded() {
        assertThat(problem("notifyRightToChallenge", Map.of("rightsNoticeDate", "2026-04-02")))
                .contains("rightsNoticeNumber");
        assertThat(problem("notifyRightToChallenge", Map.of("rightsNoticeNumber", "9/TB-UBND",
                "rightsNoticeDate", "2026-04-02"))).isEmpty();
        assertThat(problem("organiseImplementation", Map.of("implementedOn", "2026-05-10")))
                .contains("implementationReport");
        assertThat(problem("organiseImplementation", Map.of("implementationReport", "Đã hoàn trả tiền phạt",
                "implementedOn", "2026-05-10"))).isEmpty();
    }

    @Test
    void theResolutionPeriodFollowsTheComplexFlagAndTheWardsRemoteSetting() {
        assertThat(ComplaintPeriods.resolution(false, false)).isEqualTo("complaint-resolution");
        assertThat(ComplaintPeriods.resolution(true, false)).isEqualTo("complaint-resolution-complex");
        assertThat(ComplaintPeriods.resolution(false, true)).isEqualTo("complaint-resolution-remote");
        assertThat(ComplaintPeriods.resolution(true, true)).isEqualTo("complaint-resolution-complex-remote");
        assertThat(ComplaintPeriods.code("complaint-response", false)).isEqualTo("complaint-response");
        assertThat(ComplaintPeriods.code("complaint-response", null)).isEqualTo("complaint-response");
        assertThat(ComplaintPeriods.code("complaint-response", true)).isEqualTo("complaint-response-remote");
    }

    private static String problem(String step, Map<String, Object> answers) {
        return ComplaintAnswers.problem(step, answers, CONTEXT).orElse("");
    }

    private static Map<String, Object> with(Map<String, Object> base, Object... pairs) {
        Map<String, Object> copy = new HashMap<>(base);
        for (int i = 0; i < pairs.length; i += 2) {
            copy.put((String) pairs[i], pairs[i + 1]);
        }
        return copy;
    }
}
