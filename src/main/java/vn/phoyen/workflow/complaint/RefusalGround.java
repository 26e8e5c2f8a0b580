package vn.phoyen.workflow.complaint;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The grounds on which a complaint is not accepted (Luật Khiếu nại 2011, Art. 11, clauses 1–9 as in the base text),
 * and "other" with its own text: the codes of the select in form {@code complaint-acceptance}.
 */
enum RefusalGround {

    NOT_SUBJECT_TO_COMPLAINT("not-subject", "Khoản 1: quyết định, hành vi hành chính nội bộ, chỉ đạo điều hành, "
            + "chứa quy phạm pháp luật hoặc thuộc bí mật nhà nước"),
    NO_DIRECT_INTEREST("no-direct-interest", "Khoản 2: không liên quan trực tiếp đến quyền, lợi ích hợp pháp của người khiếu nại"),
    NO_LEGAL_CAPACITY("no-capacity", "Khoản 3: người khiếu nại không có năng lực hành vi dân sự đầy đủ, không có người đại diện hợp pháp"),
    UNLAWFUL_REPRESENTATIVE("unlawful-representative", "Khoản 4: người đại diện không hợp pháp"),
    UNSIGNED("unsigned", "Khoản 5: đơn không có chữ ký hoặc điểm chỉ của người khiếu nại"),
    TIME_LIMIT_EXPIRED("time-limit-expired", "Khoản 6: thời hiệu, thời hạn khiếu nại đã hết mà không có lý do chính đáng"),
    SECOND_LEVEL_DECIDED("second-level-decided", "Khoản 7: khiếu nại đã có quyết định giải quyết lần hai"),
    SUSPENDED_NOT_CONTINUED("suspended", "Khoản 8: đã có thông báo đình chỉ mà sau 30 ngày người khiếu nại không tiếp tục khiếu nại"),
    BEFORE_COURT("court", "Khoản 9: việc khiếu nại đã được Tòa án thụ lý hoặc giải quyết bằng bản án, quyết định"),
    OTHER("other", "Căn cứ khác (ghi rõ)");

    private final String code;
    private final String label;

    RefusalGround(String code, String label) {
        this.code = code;
        this.label = label;
    }

    String code() {
        return code;
    }

    String label() {
        return label;
    }

    static Set<String> codes() {
        return Arrays.stream(values()).map(RefusalGround::code).collect(Collectors.toUnmodifiableSet());
    }
}
