package vn.phoyen.workflow.portal;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

import vn.phoyen.workflow.feedback.FeedbackCategory;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.AnswerPage;
import vn.phoyen.workflow.feedback.ResidentFeedback.CaseStatus;
import vn.phoyen.workflow.feedback.ResidentFeedback.NewFeedback;
import vn.phoyen.workflow.feedback.ResidentFeedback.Receipt;

/**
 * The residents' API (no login; see the contract): send feedback, follow it by tracking code, rate the published
 * answer, read published answers. Every field is checked here (refusals name it, in Vietnamese); rate limits and the
 * body cap are in front ({@link PublicApiGuard}).
 */
@RestController
@RequestMapping(path = "/api/public", produces = MediaType.APPLICATION_JSON_VALUE)
class PublicFeedbackController {

    private final ResidentFeedback feedback;

    PublicFeedbackController(ResidentFeedback feedback) {
        this.feedback = feedback;
    }

    @PostMapping("/feedback")
    ResponseEntity<Receipt> submit(@RequestBody FeedbackForm form) {
        NewFeedback checked = new NewFeedback(
                PublicInput.required("senderName", form.senderName(), ResidentFeedback.SENDER_LENGTH),
                PublicInput.contact(form.senderContact()),
                PublicInput.category(form.category()),
                PublicInput.required("title", form.title(), ResidentFeedback.TITLE_LENGTH),
                PublicInput.content("content", form.content()));
        Receipt receipt = feedback.submit(checked);
        return ResponseEntity.created(URI.create("/api/public/feedback/" + receipt.trackingCode()))
                .cacheControl(CacheControl.noStore()).body(receipt);
    }

    @GetMapping("/feedback/{trackingCode}")
    ResponseEntity<?> status(@PathVariable String trackingCode) {
        if (!PublicInput.couldBeTrackingCode(trackingCode)) {
            return unknownCode();
        }
        return feedback.status(trackingCode)
                .<ResponseEntity<?>>map(status -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status))
                .orElseGet(PublicFeedbackController::unknownCode);
    }

    @PostMapping("/feedback/{trackingCode}/rating")
    ResponseEntity<?> rate(@PathVariable String trackingCode, @RequestBody RatingForm form) {
        if (!PublicInput.couldBeTrackingCode(trackingCode)) {
            return unknownCode();
        }
        int score = PublicInput.score(form.score());
        String comment = PublicInput.optional("comment", form.comment(), ResidentFeedback.COMMENT_LENGTH);
        return switch (feedback.rate(trackingCode, score, comment)) {
            case RATED -> ResponseEntity.noContent().build();
            case UNKNOWN_CODE -> unknownCode();
            case NOT_OPEN_FOR_RATING -> ResponseEntity.status(HttpStatus.CONFLICT).body(PublicError.of(
                    "Chưa thể đánh giá: câu trả lời chưa được công bố, hồ sơ đã được đánh giá, hoặc đã hết thời hạn"
                            + " đánh giá."));
        };
    }

    /** The sender adds what the receiving office asked for at triage (status {@code needs-information}). */
    @PostMapping("/feedback/{trackingCode}/addition")
    ResponseEntity<?> add(@PathVariable String trackingCode, @RequestBody AdditionForm form) {
        if (!PublicInput.couldBeTrackingCode(trackingCode)) {
            return unknownCode();
        }
        String addition = PublicInput.content("addition", form.content());
        return switch (feedback.add(trackingCode, addition)) {
            case ADDED -> ResponseEntity.noContent().build();
            case UNKNOWN_CODE -> unknownCode();
            case NOT_WAITING -> ResponseEntity.status(HttpStatus.CONFLICT).body(PublicError.of(
                    "Phường không chờ bổ sung cho phản ánh này: phản ánh đã được bổ sung, đã hết hạn bổ sung hoặc phường"
                            + " không đề nghị bổ sung."));
        };
    }

    @GetMapping("/answers")
    AnswerPage answers(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
        if (page < 0) {
            throw new RefusedInput("page", "Số trang phải từ 0 trở lên.");
        }
        if (size < 1 || size > ResidentFeedback.MAX_PAGE_SIZE) {
            throw new RefusedInput("size",
                    "Số câu trả lời mỗi trang phải từ 1 đến " + ResidentFeedback.MAX_PAGE_SIZE + ".");
        }
        return feedback.publishedAnswers(page, size);
    }

    @GetMapping("/categories")
    List<Category> categories() {
        return Arrays.stream(FeedbackCategory.values()).map(category -> new Category(category.code(), category.label()))
                .toList();
    }

    record Category(String code, String label) {
    }

    private static ResponseEntity<?> unknownCode() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(PublicError.of(
                "Không tìm thấy phản ánh với mã tra cứu này. Vui lòng kiểm tra lại mã (gồm chữ và số như khi được cấp)."));
    }

    /** The feedback as sent; nothing is trusted until {@link PublicInput} has checked it. */
    record FeedbackForm(String senderName, String senderContact, String category, String title, String content) {
    }

    /** What the sender adds to the feedback. */
    record AdditionForm(String content) {
    }

    /** {@code score} is taken as any JSON value so that 4.5 or "5" are refused, not silently rounded or converted. */
    record RatingForm(JsonNode score, String comment) {
    }
}
