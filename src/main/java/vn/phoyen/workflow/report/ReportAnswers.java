package vn.phoyen.workflow.report;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the office and the Chairman must give before their step of a report is done: the office a general
 * assessment, each part within what the engine can keep; the Chairman a decision, and comments when returning it.
 */
final class ReportAnswers {

    static final String EDIT = "editReport";
    static final String APPROVE = "approveReport";
    static final String DECISION = "decision";
    static final String APPROVED = "approved";
    static final String RETURNED = "returned";
    static final String RETURN_COMMENTS = "returnComments";

    private ReportAnswers() {
    }

    static Optional<String> problem(String step, Map<String, ?> variables) {
        return switch (step) {
            case EDIT -> narrativeProblem(variables);
            case APPROVE -> decisionProblem(variables);
            default -> Optional.empty();
        };
    }

    private static Optional<String> narrativeProblem(Map<String, ?> variables) {
        if (Narrative.of(variables).overview().isEmpty()) {
            return Optional.of("Cần nhập phần đánh giá chung ('" + Narrative.OVERVIEW + "')");
        }
        for (String part : Narrative.VARIABLES) {
            if (variables.get(part) instanceof String text && text.length() > Narrative.MAX_LENGTH) {
                return Optional.of("Phần '" + part + "' dài quá " + Narrative.MAX_LENGTH + " ký tự");
            }
        }
        return Optional.empty();
    }

    private static Optional<String> decisionProblem(Map<String, ?> variables) {
        Object decision = variables.get(DECISION);
        if (!Set.of(APPROVED, RETURNED).contains(decision)) {
            return Optional.of("Cần chọn ý kiến ('" + DECISION + "': " + APPROVED + " hoặc " + RETURNED + ")");
        }
        if (RETURNED.equals(decision) && !(variables.get(RETURN_COMMENTS) instanceof String comments
                && !comments.isBlank())) {
            return Optional.of("Cần ghi ý kiến chỉ đạo khi trả lại báo cáo ('" + RETURN_COMMENTS + "')");
        }
        return Optional.empty();
    }
}
