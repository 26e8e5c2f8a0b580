package vn.phoyen.workflow.portal;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import vn.phoyen.workflow.feedback.Contact;
import vn.phoyen.workflow.feedback.FeedbackCategory;
import vn.phoyen.workflow.feedback.ResidentFeedback;

/**
 * The checks on what residents send, each refusal naming the field in Vietnamese. Text is taken as typed, only put in
 * Unicode's composed form (so "ệ" counts as one character whichever keyboard typed it) and stripped of surrounding
 * blanks; control characters and broken Unicode are refused, since no person types them and a database may not
 * store them.
 */
final class PublicInput {

    /** What the page calls each field, so that a message points at what the resident sees. */
    static final Map<String, String> LABELS = Map.of(
            "senderName", "họ và tên",
            "senderContact", "số điện thoại hoặc email",
            "category", "lĩnh vực",
            "title", "tiêu đề",
            "content", "nội dung",
            "addition", "nội dung bổ sung",
            "score", "mức độ hài lòng",
            "comment", "ý kiến thêm",
            "page", "trang",
            "size", "số câu trả lời mỗi trang");

    /** Codes are letters, digits and dashes; anything else cannot be one and is not looked up at all. */
    private static final Pattern TRACKING_CODE = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private PublicInput() {
    }

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text.isEmpty()) {
            throw new RefusedInput(field, "Vui lòng nhập " + label(field) + ".");
        }
        return text;
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String text = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        if (text.length() > maxLength) {
            throw new RefusedInput(field, sentence(label(field)) + " dài quá " + maxLength + " ký tự (hiện có "
                    + text.length() + " ký tự). Vui lòng rút gọn.");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t';
            boolean brokenPair = Character.isHighSurrogate(c)
                    ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || brokenPair) {
                throw new RefusedInput(field, sentence(label(field)) + " có ký tự không hợp lệ. Vui lòng gõ lại.");
            }
        }
        return text;
    }

    /** A Vietnamese phone number (10 digits from 0, or +84; spaces and dots allowed) or an e-mail address. */
    static String contact(String value) {
        String contact = required("senderContact", value, ResidentFeedback.SENDER_LENGTH);
        if (!Contact.isValid(contact)) {
            throw new RefusedInput("senderContact", "Số điện thoại hoặc email chưa đúng. Vui lòng nhập số điện thoại "
                    + "Việt Nam gồm 10 chữ số (ví dụ 0912 345 678 hoặc +84 912 345 678) hoặc địa chỉ email (ví dụ "
                    + "ten@example.com).");
        }
        return contact;
    }

    /** Content long enough to say what happened and where ({@link ResidentFeedback#CONTENT_MIN} characters). */
    static String content(String field, String value) {
        String content = required(field, value, ResidentFeedback.CONTENT_LENGTH);
        if (content.codePointCount(0, content.length()) < ResidentFeedback.CONTENT_MIN) {
            throw new RefusedInput(field, sentence(label(field)) + " quá ngắn. Vui lòng mô tả rõ sự việc, địa điểm "
                    + "(ít nhất " + ResidentFeedback.CONTENT_MIN + " ký tự).");
        }
        return content;
    }

    static String category(String value) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty()) {
            throw new RefusedInput("category", "Vui lòng chọn lĩnh vực.");
        }
        if (!FeedbackCategory.isKnown(code)) {
            throw new RefusedInput("category", "Lĩnh vực không có trong danh sách. Vui lòng chọn lại.");
        }
        return code;
    }

    static int score(JsonNode value) {
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 1
                || value.intValue() > 5) {
            throw new RefusedInput("score", "Vui lòng chọn mức độ hài lòng từ 1 đến 5.");
        }
        return value.intValue();
    }

    static boolean couldBeTrackingCode(String value) {
        return value != null && TRACKING_CODE.matcher(value).matches();
    }

    static String label(String field) {
        return LABELS.getOrDefault(field, field);
    }

    /** The label at the start of a sentence. */
    static String sentence(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
