package vn.phoyen.workflow.report;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import vn.phoyen.workflow.document.DocumentRegister;

/**
 * What the office, the Chairman and the clerk must give before their step of a report is done: the office a general
 * assessment, each part within what the engine can keep; the Chairman a decision, and comments when returning it; the
 * clerk the number of the report in the ward's document register.
 */
final class ReportAnswers {

    static final String EDIT = "editReport";
    static final String APPROVE = "approveReport";
    static final String DECISION = "decision";
    static final String APPROVED = "approved";
    static final String RETURNED = "returned";
    static final String RETURN_COMMENTS = "returnComments";
    static final String REGISTER = "registerReport";
    static final String REGISTER_NUMBER = DocumentRegister.REGISTER_NUMBER;

    private ReportAnswers() {
    }

    static Optional<String> problem(String step, Map<String, ?> variables) {
        return switch (step) {
            case EDIT -> narrativeProblem(variables);
            case APPROVE -> decisionProblem(variables);
            case REGISTER -> registerNumber(variables.get(REGISTER_NUMBER)).isPresent() ? Optional.empty()
                    : Optional.of(DocumentRegister.numberNeeded(ReportNumbers.SERIES));
            default -> Optional.empty();
        };
    }

    static OptionalInt registerNumber(Object value) {
        return DocumentRegister.number(value);
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
