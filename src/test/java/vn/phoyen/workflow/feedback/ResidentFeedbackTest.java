package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.PublishedAnswer;
import vn.phoyen.workflow.feedback.ResidentFeedback.RatingOutcome;
import vn.phoyen.workflow.feedback.Satisfaction.QuarterSatisfaction;
import vn.phoyen.workflow.feedback.Satisfaction.RatedCase;
import vn.phoyen.workflow.feedback.Satisfaction.UnitSatisfaction;

/** The residents' use cases and the satisfaction index on the engine and the read model. */
@EngineTest
class ResidentFeedbackTest extends FeedbackTestSupport {

    /** Ratings of this test are given in a year no other test touches, so their counts are this test's alone. */
    static final int RATING_YEAR = 2031;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTheRatingsOfTheSatisfactionTest() {
        jdbc.update("DELETE FROM ward_feedback WHERE process_instance_id LIKE 'satisfaction-test-%'");
    }

    @Test
    void aResidentSubmitsThroughTheWebOnTheWardsDayAndFollowsTheCaseByItsCode() {
        // 00:30 on Tuesday 10/03 in the ward is still Monday 09/03 in UTC
        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 0, 30));

        ResidentFeedback.Receipt receipt = residents.submit(new NewFeedback(" Trần Thị Hoa ", "hoa.tt@example.vn",
                "moi-truong", "Khói đốt rác ở tổ Trung Tâm", "Chiều nào cũng có người đốt rác ở bãi đất trống."));

        assertThat(receipt.trackingCode()).matches("[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}");
        // 10 working days after Tuesday 10/03: Tuesday 24/03
        assertThat(receipt.dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        ProcessInstance started = runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback")
                .variableValueEquals("trackingCode", receipt.trackingCode().replace("-", "")).singleResult();
        Map<String, Object> variables = runtimeService.getVariables(started.getId());
        assertThat(variables).containsEntry("channel", "web").containsEntry("receivedDate", "2026-03-10")
                .containsEntry("senderName", "Trần Thị Hoa");
        // web feedback is looked at by the receiving office first
        assertThat(started).isWaitingAt("triageFeedback");

        ResidentFeedback.CaseStatus status = residents.status(receipt.trackingCode()).orElseThrow();
        assertThat(status.caseNumber()).isEqualTo(started.getBusinessKey());
        assertThat(status.status()).isEqualTo("received");
        assertThat(status.statusLabel()).isEqualTo("Đã tiếp nhận");
        assertThat(status.dueDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        assertThat(status.answer()).isNull();
        assertThat(status.rateable()).isFalse();
        assertThat(residents.status(receipt.trackingCode().toLowerCase().replace("-", ""))).contains(status);
        assertThat(residents.rate(receipt.trackingCode(), 5, "")).isEqualTo(RatingOutcome.NOT_OPEN_FOR_RATING);

        submit(task(started.getId(), "triageFeedback"), Map.of("triageDecision", "accept"));
        assertThat(started).isWaitingAt("assignOfficer");
        submit(task(started.getId(), "assignOfficer"), Map.of("answerOfficer", "kthtdt.officer"));
        assertThat(residents.status(receipt.trackingCode()).orElseThrow().statusLabel()).isEqualTo("Đang xử lý");
    }

    @Test
    void aSubmissionWithAMissingTooLongOrUnknownFieldIsRefusedNamingItAndStartsNothing() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 10, 9, 0));
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback").count();

        assertThatThrownBy(() -> residents.submit(new NewFeedback("Hoa", "0912", "khac", " ", "Nội dung")))
                .isInstanceOf(CaseStartException.class).hasMessageContaining("title");
        assertThatThrownBy(() -> residents.submit(new NewFeedback("Hoa", "0912", "bau-cu", "Tiêu đề", "Nội dung")))
                .isInstanceOf(CaseStartException.class).hasMessageContaining("category");
        assertThatThrownBy(() -> residents.submit(new NewFeedback("Hoa", "0912", "khac", "Tiêu đề", "x".repeat(4001))))
                .isInstanceOf(CaseStartException.class).hasMessageContaining("content").hasMessageContaining("4000");
        assertThatThrownBy(() -> residents.submit(new NewFeedback("Hoa", null, "khac", "Tiêu đề", "Nội dung")))
                .isInstanceOf(CaseStartException.class).hasMessageContaining("senderContact");

        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback").count())
                .isEqualTo(before);
    }

    @Test
    void anUnknownCodeIsUnknownAndABadRatingIsRefused() {
        assertThat(residents.status("AAAA-BBBB-CCCC")).isEmpty();
        assertThat(residents.status("<script>")).isEmpty();
        assertThat(residents.rate("AAAA-BBBB-CCCC", 5, "")).isEqualTo(RatingOutcome.UNKNOWN_CODE);
        assertThatIllegalArgumentException().isThrownBy(() -> residents.rate("AAAA-BBBB-CCCC", 0, ""))
                .withMessageContaining("score");
        assertThatIllegalArgumentException().isThrownBy(() -> residents.rate("AAAA-BBBB-CCCC", 6, ""))
                .withMessageContaining("score");
        assertThatIllegalArgumentException().isThrownBy(() -> residents.rate("AAAA-BBBB-CCCC", 5, "x".repeat(2001)))
                .withMessageContaining("comment");
    }

    @Test
    void publishedAnswersComeNewestFirstPagedWithoutTheSender() {
        // December 2026: later than the publications of the other tests
        EngineClock.setTo(LocalDateTime.of(2026, 12, 10, 9, 0));
        ProcessInstance earlier = start(feedback("khac", "Giờ tiếp dân của Chủ tịch phường",
                "Chủ tịch phường tiếp dân vào thứ mấy?", "0900 000 001"));
        answerAndApprove(earlier, "vp.officer", "Thứ Sáu hằng tuần.");
        EngineClock.setTo(LocalDateTime.of(2026, 12, 11, 9, 0));
        ProcessInstance later = start(feedback("y-te", "Tiêm chủng mở rộng tháng 12",
                "Lịch tiêm chủng mở rộng tháng 12 ở trạm y tế?", "0900 000 002"));
        answerAndApprove(later, "vhxh.officer", "Ngày 15 và 16 tháng 12.");

        ResidentFeedback.AnswerPage first = residents.publishedAnswers(0, 1);
        ResidentFeedback.AnswerPage second = residents.publishedAnswers(1, 1);

        assertThat(first.total()).isGreaterThanOrEqualTo(2);
        assertThat(first.page()).isZero();
        assertThat(first.size()).isEqualTo(1);
        assertThat(first.items()).extracting(PublishedAnswer::caseNumber, PublishedAnswer::category,
                PublishedAnswer::categoryLabel, PublishedAnswer::title, PublishedAnswer::answer,
                PublishedAnswer::answeredBy, PublishedAnswer::publishedOn)
                .containsExactly(tuple(later.getBusinessKey(), "y-te", "Y tế", "Tiêm chủng mở rộng tháng 12",
                        "Ngày 15 và 16 tháng 12.", "Phòng Văn hoá - Xã hội", LocalDate.of(2026, 12, 11)));
        assertThat(second.items()).extracting(PublishedAnswer::caseNumber, PublishedAnswer::answeredBy)
                .containsExactly(tuple(earlier.getBusinessKey(), "Văn phòng HĐND và UBND phường"));
        assertThatIllegalArgumentException().isThrownBy(() -> residents.publishedAnswers(-1, 10));
        assertThatIllegalArgumentException().isThrownBy(() -> residents.publishedAnswers(0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> residents.publishedAnswers(0, 101));
    }

    @Test
    void satisfactionCountsFourAndFivePerUnitAndQuarterInTheWardsTimeZone() {
        rated("a", "vp", 4, LocalDateTime.of(RATING_YEAR, 1, 1, 0, 5));
        rated("b", "vp", 3, LocalDateTime.of(RATING_YEAR, 3, 31, 23, 30));
        rated("c", "kthtdt", 5, LocalDateTime.of(RATING_YEAR, 3, 31, 23, 59));
        rated("d", "kthtdt", 2, LocalDateTime.of(RATING_YEAR, 4, 1, 0, 10));
        rated("e", "kthtdt", 5, LocalDateTime.of(RATING_YEAR + 1, 1, 1, 0, 0));

        assertThat(unit(satisfaction.perUnit(LocalDate.of(RATING_YEAR, 3, 31), LocalDate.of(RATING_YEAR, 3, 31)),
                "kthtdt")).isEqualTo(new UnitSatisfaction("kthtdt", 1, 1));
        assertThat(unit(satisfaction.perUnit(LocalDate.of(RATING_YEAR, 1, 1), LocalDate.of(RATING_YEAR, 3, 31)),
                "vp")).isEqualTo(new UnitSatisfaction("vp", 2, 1));
        // the cases behind the first quarter's figures, the latest rating first, a page at a time
        LocalDate first = LocalDate.of(RATING_YEAR, 1, 1);
        LocalDate last = LocalDate.of(RATING_YEAR, 3, 31);
        assertThat(satisfaction.ratedCases(first, last, null, false, 0, 10).page())
                .extracting(RatedCase::caseNumber, RatedCase::unit, RatedCase::satisfied).containsExactly(
                        tuple("PA-TEST-c", "kthtdt", true), tuple("PA-TEST-b", "vp", false),
                        tuple("PA-TEST-a", "vp", true));
        assertThat(satisfaction.ratedCases(first, last, null, false, 1, 1)).satisfies(page -> {
            assertThat(page.total()).isEqualTo(3);
            assertThat(page.page()).extracting(RatedCase::caseNumber).containsExactly("PA-TEST-b");
        });
        assertThat(satisfaction.ratedCases(first, last, "vp", true, 0, 10)).satisfies(page -> {
            assertThat(page.total()).isEqualTo(1);
            assertThat(page.page()).extracting(RatedCase::caseNumber).containsExactly("PA-TEST-a");
        });
        List<UnitSatisfaction> april = satisfaction.perUnit(LocalDate.of(RATING_YEAR, 4, 1),
                LocalDate.of(RATING_YEAR, 4, 30));
        assertThat(unit(april, "kthtdt").index()).isEqualTo(0.0);
        assertThat(unit(april, "vp").index()).isNull();
        // every unit that can lead a case is listed; the supervisors approve, they do not lead
        assertThat(april).extracting(UnitSatisfaction::unit).contains("vhxh", "vp", "kthtdt", "ttdvth", "ca")
                .doesNotContain("lanhdao");

        List<QuarterSatisfaction> quarters = satisfaction.perUnitAndQuarter(RATING_YEAR);
        assertThat(quarters.stream().filter(quarter -> quarter.satisfaction().unit().equals("kthtdt")))
                .extracting(QuarterSatisfaction::quarter, quarter -> quarter.satisfaction().ratings(),
                        quarter -> quarter.satisfaction().satisfied())
                .containsExactly(tuple(1, 1, 1), tuple(2, 1, 0), tuple(3, 0, 0), tuple(4, 0, 0));
        assertThat(quarters.stream().filter(quarter -> quarter.satisfaction().unit().equals("vp")))
                .extracting(quarter -> quarter.satisfaction().index()).containsExactly(50.0, null, null, null);
        assertThatIllegalArgumentException().isThrownBy(() -> satisfaction.perUnit(LocalDate.of(RATING_YEAR, 2, 1),
                LocalDate.of(RATING_YEAR, 1, 31)));
    }

    private void rated(String id, String unit, int score, LocalDateTime wardTime) {
        String processInstanceId = "satisfaction-test-" + id;
        records.insert(new FeedbackRecords.Row("SATTEST" + id.toUpperCase() + "AAAA".substring(id.length() - 1),
                "PA-TEST-" + id, processInstanceId, "khac", "Kiểm thử", "kiem thu", "Người gửi", "0900", unit,
                LocalDate.of(RATING_YEAR, 1, 1), LocalDate.of(RATING_YEAR, 1, 15), FeedbackStatus.CLOSED, null,
                "Trả lời", null, null, null, null, null));
        records.rate(processInstanceId, score, "", EngineClock.at(wardTime).toInstant());
    }

    private static UnitSatisfaction unit(List<UnitSatisfaction> units, String unit) {
        return units.stream().filter(candidate -> candidate.unit().equals(unit)).findFirst().orElseThrow();
    }
}
