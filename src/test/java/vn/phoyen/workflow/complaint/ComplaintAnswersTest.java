package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The rules of the decisive complaint forms and the choice of resolution period, without the engine. */
class ComplaintAnswersTest {

    @Test
    void eachAcceptanceDecisionNeedsItsOwnDetailAndAWrittenNotice() {
        Map<String, Object> notice = Map.of("noticeNumber", "1/TB", "noticeDate", "2026-03-02");
        assertThat(ComplaintAnswers.problem("decideAcceptance", Map.of())).get().asString()
                .contains("acceptanceDecision");
        assertThat(ComplaintAnswers.problem("decideAcceptance", with(notice, "acceptanceDecision", "accept")))
                .get().asString().contains("acceptedOn");
        assertThat(ComplaintAnswers.problem("decideAcceptance",
                with(with(notice, "acceptanceDecision", "accept"), "acceptedOn", "02/03/2026"))).get().asString()
                .contains("yyyy-MM-dd");
        assertThat(ComplaintAnswers.problem("decideAcceptance", Map.of("acceptanceDecision", "refuse",
                "refusalReasons", "Hết thời hiệu"))).get().asString().contains("noticeNumber");
        assertThat(ComplaintAnswers.problem("decideAcceptance",
                with(with(notice, "acceptanceDecision", "pass-on"), "passedOnTo", "Sở Xây dựng"))).isEmpty();
    }

    @Test
    void aSignedDecisionHasANumberAndDateAReturnedDraftHasComments() {
        assertThat(ComplaintAnswers.problem("signDecision", Map.of("signingDecision", "sign"))).get().asString()
                .contains("decisionNumber");
        assertThat(ComplaintAnswers.problem("signDecision", Map.of("signingDecision", "sign", "decisionNumber", "4/QĐ",
                "decisionSignedOn", "2026-03-20"))).isEmpty();
        assertThat(ComplaintAnswers.problem("signDecision", Map.of("signingDecision", "return", "signComments", " ")))
                .get().asString().contains("signComments");
        assertThat(ComplaintAnswers.problem("recordComplainantResponse", Map.of("outcome", "lawsuit"))).get()
                .asString().contains("filedOn");
        assertThat(ComplaintAnswers.problem("recordComplainantResponse", Map.of("outcome", "accepted"))).isEmpty();
        assertThat(ComplaintAnswers.problem("verifyComplaint", Map.of())).isEmpty();
    }

    @Test
    void theResolutionPeriodFollowsTheComplexAndRemoteFlags() {
        assertThat(ComplaintOpening.resolutionPeriodCode(false, false)).isEqualTo("complaint-resolution");
        assertThat(ComplaintOpening.resolutionPeriodCode(true, false)).isEqualTo("complaint-resolution-complex");
        assertThat(ComplaintOpening.resolutionPeriodCode(false, true)).isEqualTo("complaint-resolution-remote");
        assertThat(ComplaintOpening.resolutionPeriodCode(true, true)).isEqualTo("complaint-resolution-complex-remote");
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(base);
        copy.put(name, value);
        return copy;
    }
}
