package vn.phoyen.workflow.feedback;

import java.util.Arrays;

/** Where a feedback case stands, as its sender sees it: a stable code for programs, a Vietnamese label for people. */
enum FeedbackStatus {
    RECEIVED("received", "Đã tiếp nhận"),
    IN_PROGRESS("in-progress", "Đang xử lý"),
    ANSWERED("answered", "Đã trả lời"),
    UNDER_REVIEW("under-review", "Đang xem xét lại câu trả lời"),
    CLOSED("closed", "Đã kết thúc"),
    MERGED("merged", "Đã gộp với phản ánh cùng nội dung"),
    /** web feedback the receiving office asked the sender to complete (the notice says what is missing) */
    NEEDS_INFORMATION("needs-information", "Cần bổ sung thông tin"),
    /** web feedback refused at triage as spam or out of the ward's scope (the notice says why); the case is closed */
    REJECTED("rejected", "Không tiếp nhận"),
    /**
     * a matter outside the ward's competence, sent on to the competent body (the notice names it); the case is closed
     * for the ward
     */
    TRANSFERRED("transferred", "Đã chuyển cơ quan có thẩm quyền");

    private final String code;
    private final String label;

    FeedbackStatus(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    static FeedbackStatus of(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("trạng thái phản ánh không hợp lệ: " + code));
    }
}
