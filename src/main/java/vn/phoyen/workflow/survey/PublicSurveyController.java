package vn.phoyen.workflow.survey;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * The residents' survey API (no login, no name, no contact): {@code GET /api/public/surveys/{code}} opens the
 * questionnaire a one-time code gives, {@code POST /api/public/surveys/{code}/answers} {@code {answers: {TC1: 5, …}}}
 * takes the answer once. Rate limits and the body cap are portal's guard, in front of every {@code /api/public/*}.
 * Refusals are {@code {error, field}} in Vietnamese, as the rest of the residents' API.
 */
@RestController
@RequestMapping(path = "/api/public/surveys", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicSurveyController {

    private final SurveyCampaigns campaigns;

    PublicSurveyController(SurveyCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    /** The refusal body of the residents' API. */
    record PublicRefusal(String error, String field) {
    }

    record Scale(int value, String label) {
    }

    record QuestionView(String code, String text) {
    }

    record FactorView(String code, String label, List<QuestionView> questions) {
    }

    record SurveyView(String campaign, String area, String unitName, String closesOn, List<Scale> scale,
            List<FactorView> factors) {
    }

    record AnswerForm(JsonNode answers) {
    }

    @GetMapping("/{code}")
    ResponseEntity<?> survey(@PathVariable String code) {
        SurveyCampaigns.Lookup lookup = campaigns.lookUp(code, WardClock.today());
        if (lookup instanceof SurveyCampaigns.Open open) {
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(view(open));
        }
        return refused(lookup);
    }

    @PostMapping("/{code}/answers")
    ResponseEntity<?> answer(@PathVariable String code, @RequestBody AnswerForm form) {
        if (form.answers() == null || !form.answers().isObject()) {
            return ResponseEntity.badRequest().body(new PublicRefusal(
                    "Chưa có câu trả lời: chọn mức hài lòng cho các câu hỏi rồi gửi lại.", "answers"));
        }
        Map<String, Integer> ratings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> answer : form.answers().properties()) {
            // 4.5 or "5" are refused, not rounded or converted
            if (!answer.getValue().isInt()) {
                return ResponseEntity.badRequest().body(new PublicRefusal("Câu " + answer.getKey()
                        + ": chọn một mức từ 1 (Rất không hài lòng) đến 5 (Rất hài lòng).", "answers"));
            }
            ratings.put(answer.getKey(), answer.getValue().intValue());
        }
        SurveyCampaigns.Lookup result;
        try {
            result = campaigns.answer(code, ratings, WardClock.today());
        } catch (Refusal refusal) {
            return ResponseEntity.badRequest().body(new PublicRefusal(refusal.getMessage(), "answers"));
        }
        if (result instanceof SurveyCampaigns.Open) {
            return ResponseEntity.status(HttpStatus.CREATED).cacheControl(CacheControl.noStore()).body(Map.of(
                    "message", "Cảm ơn ông/bà đã trả lời khảo sát. Ý kiến được ghi nhận ẩn danh."));
        }
        return refused(result);
    }

    private static ResponseEntity<?> refused(SurveyCampaigns.Lookup lookup) {
        if (lookup instanceof SurveyCampaigns.Used) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new PublicRefusal(
                    "Mã khảo sát này đã được dùng để trả lời. Mỗi mã chỉ trả lời được một lần.", "code"));
        }
        if (lookup instanceof SurveyCampaigns.NotOpen notOpen) {
            return ResponseEntity.status(HttpStatus.CONFLICT).body(new PublicRefusal(notOpen.ended()
                    ? "Đợt khảo sát của mã này đã kết thúc (ngày " + WorkingCalendar.DAY.format(notOpen.to())
                            + "), không nhận thêm câu trả lời."
                    : "Đợt khảo sát của mã này chưa bắt đầu; vui lòng trả lời từ ngày "
                            + WorkingCalendar.DAY.format(notOpen.from()) + ".", "code"));
        }
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new PublicRefusal(
                "Không tìm thấy mã khảo sát này. Vui lòng kiểm tra lại mã (12 chữ và số, như in trên phiếu).", "code"));
    }

    private static SurveyView view(SurveyCampaigns.Open open) {
        List<FactorView> factors = Arrays.stream(SipasFactor.values()).map(factor -> new FactorView(
                factor.code(), factor.label(), open.questionnaire().questions().stream()
                        .filter(question -> question.factor().equals(factor.code()))
                        .map(question -> new QuestionView(question.code(), question.text())).toList()))
                .filter(factor -> !factor.questions().isEmpty()).toList();
        return new SurveyView(open.campaign(), open.area(), open.unitName(), WorkingCalendar.DAY.format(open.to()),
                Arrays.stream(Rating.values()).map(rating -> new Scale(rating.value(), rating.label()))
                        .toList(), factors);
    }
}
