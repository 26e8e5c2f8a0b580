package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the decisive forms of a complaint must contain, checked again on the server because a form can be
 * submitted without the browser (REST): the reasons of a refusal, the body a complaint is passed on to, the
 * written notice, the Chairman's comments on a returned draft, the date a second complaint or lawsuit was filed.
 * Returns the problem in Vietnamese, naming the field.
 */
final class ComplaintAnswers {

    private ComplaintAnswers() {
    }

    static Optional<String> problem(String taskDefinitionKey, Map<String, Object> answers) {
        return switch (taskDefinitionKey) {
            case "decideAcceptance" -> acceptance(answers);
            case "signDecision" -> signing(answers);
            case "recordComplainantResponse" -> response(answers);
            default -> Optional.empty();
        };
    }

    private static Optional<String> acceptance(Map<String, Object> answers) {
        String decision = text(answers, "acceptanceDecision");
        if (!Set.of("accept", "refuse", "pass-on").contains(decision)) {
            return Optional.of("Chọn quyết định thụ lý (acceptanceDecision): accept, refuse hoặc pass-on");
        }
        return firstOf(
                decision.equals("accept") ? date(answers, "acceptedOn", "ngày thụ lý") : Optional.empty(),
                decision.equals("refuse") ? required(answers, "refusalReasons", "lý do không thụ lý") : Optional.empty(),
                decision.equals("pass-on") ? required(answers, "passedOnTo", "cơ quan có thẩm quyền nhận đơn")
                        : Optional.empty(),
                required(answers, "noticeNumber", "số văn bản thông báo"),
                date(answers, "noticeDate", "ngày thông báo"));
    }

    private static Optional<String> signing(Map<String, Object> answers) {
        String decision = text(answers, "signingDecision");
        return switch (decision) {
            case "sign" -> firstOf(required(answers, "decisionNumber", "số quyết định"),
                    date(answers, "decisionSignedOn", "ngày ký quyết định"));
            case "return" -> required(answers, "signComments", "ý kiến khi trả lại dự thảo");
            default -> Optional.of("Chọn ký hoặc trả lại dự thảo (signingDecision): sign hoặc return");
        };
    }

    private static Optional<String> response(Map<String, Object> answers) {
        String outcome = text(answers, "outcome");
        return switch (outcome) {
            case "accepted" -> Optional.empty();
            case "second-level", "lawsuit" -> date(answers, "filedOn", "ngày khiếu nại lần hai hoặc khởi kiện");
            default -> Optional.of("Chọn ý kiến của người khiếu nại (outcome): accepted, second-level hoặc lawsuit");
        };
    }

    @SafeVarargs
    private static Optional<String> firstOf(Optional<String>... checks) {
        for (Optional<String> check : checks) {
            if (check.isPresent()) {
                return check;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> required(Map<String, Object> answers, String name, String label) {
        return text(answers, name).isBlank() ? Optional.of("Thiếu " + label + " (" + name + ")") : Optional.empty();
    }

    private static Optional<String> date(Map<String, Object> answers, String name, String label) {
        Object value = answers.get(name);
        if (value instanceof java.util.Date) {
            return Optional.empty();
        }
        String text = text(answers, name);
        if (text.isBlank()) {
            return Optional.of("Thiếu " + label + " (" + name + ")");
        }
        try {
            LocalDate.parse(text);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("Ngày không hợp lệ ở " + label + " (" + name + "): cần dạng yyyy-MM-dd");
        }
    }

    private static String text(Map<String, Object> answers, String name) {
        Object value = answers.get(name);
        return value == null ? "" : value.toString().strip();
    }
}
