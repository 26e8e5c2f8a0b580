package vn.phoyen.workflow.feedback;

import java.util.Map;
import java.util.Optional;

/**
 * What the decisive forms of a feedback case must contain, checked again on the server because a form can be
 * submitted without the browser (REST). Returns the problem in Vietnamese, naming the field.
 */
final class FeedbackAnswers {

    static final int ANSWER_LENGTH = 8000;
    static final int NOTICE_LENGTH = 2000;
    static final int BODY_LENGTH = 300;

    private FeedbackAnswers() {
    }

    static Optional<String> problem(String taskDefinitionKey, Map<String, Object> answers) {
        return switch (taskDefinitionKey) {
            case "decideDuplicate" -> choice(answers, "duplicateDecision", "gộp hay xử lý riêng", "merge", "keep");
            case "contributeToAnswer" -> required(answers, "contribution", "ý kiến phối hợp");
            case "assignOfficer" -> "transfer".equals(answers.get("assignmentDecision")) ? transfer(answers)
                    : required(answers, "answerOfficer", "cán bộ trả lời").or(() -> officer(answers));
            case "triageFeedback" -> choice(answers, "triageDecision",
                    "tiếp nhận, đề nghị bổ sung, không tiếp nhận hay chuyển cơ quan có thẩm quyền",
                    "accept", "ask-more", "reject", "transfer")
                    .or(() -> switch (text(answers, "triageDecision")) {
                        case "accept" -> Optional.empty();
                        case "transfer" -> transfer(answers);
                        default -> required(answers, "triageNotice", "thông báo cho người gửi");
                    })
                    .or(() -> text(answers, "triageNotice").length() > NOTICE_LENGTH
                            ? Optional.of("Thông báo cho người gửi (triageNotice) dài quá " + NOTICE_LENGTH + " ký tự")
                            : Optional.empty());
            case "draftAnswer" -> answer(answers).or(() -> publicAnswer(answers));
            case "approveAnswer" -> choice(answers, "approvalDecision", "duyệt hay trả lại", "approve", "return")
                    .or(() -> "return".equals(answers.get("approvalDecision"))
                            ? required(answers, "returnReason", "lý do trả lại") : publicAnswer(answers));
            case "reviewAnswer" -> choice(answers, "reviewDecision", "giữ nguyên hay trả lời lại", "uphold", "reanswer")
                    .or(() -> "reanswer".equals(answers.get("reviewDecision"))
                            ? required(answers, "reviewNote", "điều cần trả lời lại") : Optional.empty());
            case "postToPortal" -> required(answers, "portalPostedOn", "ngày đăng câu trả lời lên Cổng");
            default -> Optional.empty();
        };
    }

    /** A matter outside the ward's competence: the sender must be told which body has it. */
    private static Optional<String> transfer(Map<String, Object> answers) {
        return required(answers, "competentBody", "cơ quan có thẩm quyền")
                .or(() -> text(answers, "competentBody").length() > BODY_LENGTH
                        ? Optional.of("Cơ quan có thẩm quyền (competentBody) dài quá " + BODY_LENGTH + " ký tự")
                        : Optional.empty())
                .or(() -> required(answers, "transferNotice", "thông báo chuyển cho người gửi"))
                .or(() -> text(answers, "transferNotice").length() > NOTICE_LENGTH
                        ? Optional.of("Thông báo chuyển cho người gửi (transferNotice) dài quá " + NOTICE_LENGTH
                                + " ký tự")
                        : Optional.empty());
    }

    private static Optional<String> answer(Map<String, Object> answers) {
        return required(answers, "answer", "nội dung trả lời công khai").or(() -> text(answers, "answer").length() > ANSWER_LENGTH
                ? Optional.of("Nội dung trả lời công khai (answer) dài quá " + ANSWER_LENGTH + " ký tự") : Optional.empty())
                .or(() -> text(answers, "senderReply").length() > ANSWER_LENGTH
                        ? Optional.of("Trả lời riêng cho người gửi (senderReply) dài quá " + ANSWER_LENGTH + " ký tự")
                        : Optional.empty());
    }

    /** The published text names neither the sender nor their contact (see {@link PublicAnswerCheck}). */
    static Optional<String> publicAnswer(Map<String, Object> answers) {
        return PublicAnswerCheck.problem("answer", text(answers, "answer"), text(answers, "senderName"),
                text(answers, "senderContact"));
    }

    private static Optional<String> choice(Map<String, Object> answers, String field, String what, String... values) {
        String value = text(answers, field);
        for (String allowed : values) {
            if (allowed.equals(value)) {
                return Optional.empty();
            }
        }
        return Optional.of("Chọn " + what + " (" + field + "): " + String.join(" hoặc ", values));
    }

    /**
     * The officer becomes the draft's assignee: a user id (the engine's pattern for them), never free text, which the
     * assignee column (255 characters) could not hold. Found by {@code BadInputFuzzTest}.
     */
    private static Optional<String> officer(Map<String, Object> answers) {
        return answers.get("answerOfficer") instanceof String id && id.matches("[a-zA-Z0-9._-]{1,64}") ? Optional.empty()
                : Optional.of("Cán bộ trả lời (answerOfficer) phải là tên đăng nhập của một cán bộ, ví dụ vp.officer");
    }

    private static Optional<String> required(Map<String, Object> answers, String field, String what) {
        return text(answers, field).isBlank() ? Optional.of("Thiếu " + what + " (" + field + ")") : Optional.empty();
    }

    private static String text(Map<String, Object> answers, String field) {
        Object value = answers.get(field);
        return value == null ? "" : value.toString();
    }
}
