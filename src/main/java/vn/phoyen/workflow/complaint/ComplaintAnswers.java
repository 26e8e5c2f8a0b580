package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * What the decisive forms of a complaint must contain, checked again on the server because a form can be
 * submitted without the browser (REST). Returns the problem in Vietnamese, naming the field:
 * <ul>
 * <li>the intake decision (Luật Khiếu nại 2011): a refusal names its ground from Art. 11 (or "other" with its text);
 * an acceptance records the day the complainant learned of the decision and, when the 90 days of Art. 9 had passed,
 * the legal cause of the delay; a complaint outside the ward's competence is guided to the competent body
 * (old answer {@code pass-on} with {@code passedOnTo} still understood); every decision has its written notice;</li>
 * <li>the Chairman's signature or comments, the unit that implements the decision;</li>
 * <li>a withdrawal (Art. 10): the date of the written request, the suspension decision and its notice;</li>
 * <li>a second-level complaint or a lawsuit: when and where it was brought (Art. 33);</li>
 * <li>the notice of the complainant's rights when the resolution period passed (Art. 33), the implementation.</li>
 * </ul>
 */
final class ComplaintAnswers {

    /** What the checks need from outside the answers: the time limit's last day and the ward's units. */
    interface Context {
        /** The last day of the 90-day time limit (Art. 9) counted from the day the complainant learned of it. */
        LocalDate timeLimitLastDay(LocalDate learnedOn);

        /** Whether a group id is one of the ward's units. */
        boolean knownUnit(String groupId);

        static Context of(java.util.function.Function<LocalDate, LocalDate> timeLimit, Predicate<String> units) {
            return new Context() {
                @Override
                public LocalDate timeLimitLastDay(LocalDate learnedOn) {
                    return timeLimit.apply(learnedOn);
                }

                @Override
                public boolean knownUnit(String groupId) {
                    return units.test(groupId);
                }
            };
        }
    }

    private ComplaintAnswers() {
    }

    static Optional<String> problem(String taskDefinitionKey, Map<String, Object> answers, Context context) {
        return switch (taskDefinitionKey) {
            case "decideAcceptance" -> acceptance(answers, context);
            case "draftDecision" -> draft(answers, context);
            case "signDecision" -> signing(answers);
            case "recordComplainantResponse" -> response(answers);
            case "recordWithdrawal" -> date(answers, "withdrawalRequestDate", "ngày của đơn rút khiếu nại");
            case "signSuspension" -> firstOf(required(answers, "suspensionDecisionNumber", "số quyết định đình chỉ"),
                    date(answers, "suspensionDecisionDate", "ngày quyết định đình chỉ"));
            case "notifySuspension" -> firstOf(required(answers, "suspensionNoticeNumber", "số văn bản thông báo đình chỉ"),
                    date(answers, "suspensionNoticeDate", "ngày thông báo đình chỉ"));
            case "notifyRightToChallenge" -> firstOf(required(answers, "rightsNoticeNumber", "số văn bản thông báo quyền"),
                    date(answers, "rightsNoticeDate", "ngày thông báo quyền"));
            case "organiseImplementation" -> firstOf(
                    required(answers, "implementationReport", "kết quả tổ chức thi hành"),
                    date(answers, "implementedOn", "ngày hoàn thành thi hành"));
            default -> Optional.empty();
        };
    }

    // --- intake (Arts. 9, 11, 27) ---

    private static Optional<String> acceptance(Map<String, Object> answers, Context context) {
        String decision = text(answers, "acceptanceDecision");
        if (!Set.of("accept", "refuse", "guide", "pass-on").contains(decision)) {
            return Optional.of("Chọn quyết định (acceptanceDecision): thụ lý (accept), không thụ lý (refuse) hoặc "
                    + "hướng dẫn đến cơ quan có thẩm quyền (guide)");
        }
        Optional<String> detail = switch (decision) {
            case "accept" -> firstOf(date(answers, "acceptedOn", "ngày thụ lý"), timeLimitOnAcceptance(answers, context));
            case "refuse" -> refusal(answers, context);
            default -> guidance(answers);
        };
        return firstOf(detail, required(answers, "noticeNumber", "số văn bản thông báo"),
                date(answers, "noticeDate", "ngày thông báo"));
    }

    /** Art. 9: within 90 days of learning of the decision, or a recorded legal cause of the delay. */
    private static Optional<String> timeLimitOnAcceptance(Map<String, Object> answers, Context context) {
        Optional<String> learned = learnedOn(answers);
        if (learned.isPresent()) {
            return learned;
        }
        if (withinTimeLimit(answers, context)) {
            return Optional.empty();
        }
        String cause = text(answers, "lateCause");
        if (!LateCause.codes().contains(cause)) {
            return Optional.of("Đơn nộp sau thời hiệu 90 ngày (Điều 9, hết ngày "
                    + day(context.timeLimitLastDay(localDate(answers, "learnedOn"))) + "): chỉ thụ lý khi có lý do "
                    + "chính đáng; chọn lý do (lateCause): " + LateCause.labels());
        }
        return required(answers, "lateCauseDetails", "diễn giải lý do nộp đơn quá thời hiệu");
    }

    /** Art. 11: a ground from the list, "other" with its text; the time-limit ground only when it has passed. */
    private static Optional<String> refusal(Map<String, Object> answers, Context context) {
        String ground = text(answers, "refusalGround");
        if (!RefusalGround.codes().contains(ground)) {
            return Optional.of("Chọn căn cứ không thụ lý theo Điều 11 Luật Khiếu nại (refusalGround)");
        }
        if (ground.equals(RefusalGround.OTHER.code())) {
            return required(answers, "refusalGroundOther", "căn cứ không thụ lý khác");
        }
        if (ground.equals(RefusalGround.TIME_LIMIT_EXPIRED.code())) {
            Optional<String> learned = learnedOn(answers);
            if (learned.isPresent()) {
                return learned;
            }
            if (withinTimeLimit(answers, context)) {
                return Optional.of("Thời hiệu khiếu nại chưa hết (Điều 9: 90 ngày, đến hết ngày "
                        + day(context.timeLimitLastDay(localDate(answers, "learnedOn")))
                        + "): không thể không thụ lý vì hết thời hiệu (refusalGround)");
            }
        }
        return Optional.empty();
    }

    /** Outside the ward's competence: guidance to the competent body; {@code passedOnTo} is the old name. */
    private static Optional<String> guidance(Map<String, Object> answers) {
        if (!text(answers, "guidedTo").isBlank() || !text(answers, "passedOnTo").isBlank()) {
            return Optional.empty();
        }
        return Optional.of("Thiếu cơ quan có thẩm quyền được hướng dẫn đến (guidedTo)");
    }

    private static Optional<String> learnedOn(Map<String, Object> answers) {
        Optional<String> problem = date(answers, "learnedOn", "ngày biết được quyết định, hành vi bị khiếu nại");
        if (problem.isPresent()) {
            return problem;
        }
        LocalDate learned = localDate(answers, "learnedOn");
        Object received = answers.get("receivedDate");
        if (received != null && learned.isAfter(ProcessDeadlines.toLocalDate(received))) {
            return Optional.of("Ngày biết được quyết định, hành vi bị khiếu nại (learnedOn) sau ngày nhận đơn");
        }
        return Optional.empty();
    }

    /** Whether the complaint was received within the time limit; learnedOn is known to be a valid date. */
    static boolean withinTimeLimit(Map<String, Object> answers, Context context) {
        LocalDate lastDay = context.timeLimitLastDay(localDate(answers, "learnedOn"));
        return !ProcessDeadlines.toLocalDate(answers.get("receivedDate")).isAfter(lastDay);
    }

    // --- decision ---

    private static Optional<String> draft(Map<String, Object> answers, Context context) {
        String unit = text(answers, "implementingUnit");
        if (unit.isBlank()) {
            return Optional.of("Thiếu đơn vị tổ chức thi hành quyết định (implementingUnit)");
        }
        return context.knownUnit(unit) ? Optional.empty()
                : Optional.of("Đơn vị tổ chức thi hành quyết định (implementingUnit) '" + unit + "' không phải đơn vị của phường");
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
            case "second-level", "lawsuit" -> firstOf(date(answers, "filedOn", "ngày khiếu nại lần hai hoặc khởi kiện"),
                    required(answers, "filedWith", "cơ quan giải quyết lần hai hoặc Tòa án"));
            default -> Optional.of("Chọn ý kiến của người khiếu nại (outcome): accepted, second-level hoặc lawsuit");
        };
    }

    // --- helpers ---

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
        if (value instanceof Date) {
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

    private static LocalDate localDate(Map<String, Object> answers, String name) {
        Object value = answers.get(name);
        return ProcessDeadlines.toLocalDate(value instanceof String text ? text.strip() : value);
    }

    private static String day(LocalDate date) {
        return vn.phoyen.workflow.calendar.WorkingCalendar.DAY.format(date);
    }

    private static String text(Map<String, Object> answers, String name) {
        Object value = answers.get(name);
        return value == null ? "" : value.toString().strip();
    }
}
