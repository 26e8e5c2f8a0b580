package vn.phoyen.workflow.denunciation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * What the decisive forms of a denunciation must contain, checked again on the server because a form can be
 * submitted without the browser (REST): each written decision with its number and date, each notice with its date
 * and reference, the reasons. Returns the problem in Vietnamese, naming the field. Dates are {@code yyyy-MM-dd} (as the
 * forms send them) and may not lie after {@code today}.
 */
final class DenunciationAnswers {

    private static final String[] NOTICES = {"denouncerNoticeDate", "denouncerNoticeReference", "accusedNoticeDate",
        "accusedNoticeReference"};

    private DenunciationAnswers() {
    }

    static Optional<String> problem(String taskDefinitionKey, Map<String, Object> answers, LocalDate today) {
        Answers a = new Answers(answers, today);
        return switch (taskDefinitionKey) {
            case "checkInformation" -> switch (a.text("informationOutcome")) {
                case "inspect" -> a.required("inspectionNote", "căn cứ, nội dung cần kiểm tra");
                case "forward" -> a.required("forwardedTo", "cơ quan nhận thông tin");
                case "file" -> a.required("filingReason", "lý do lưu đơn");
                default -> Optional.of("Chọn cách xử lý thông tin (informationOutcome): inspect, forward hoặc file");
            };
            case "transferCase" -> a.first(a.required("transferredTo", "cơ quan nhận chuyển đơn"),
                    a.date("transferDate", "ngày chuyển đơn"), a.required("transferReference", "số văn bản chuyển đơn"),
                    a.required("handler", "cán bộ thông báo cho người tố cáo"));
            case "notifyTransfer" -> a.first(a.date("transferNoticeDate", "ngày thông báo chuyển đơn"),
                    a.required("transferNoticeReference", "số văn bản thông báo chuyển đơn"));
            case "processInitially" -> switch (a.text("initialDecision")) {
                case "accept" -> Optional.empty();
                case "refuse" -> a.required("refusalReasons", "lý do không thụ lý");
                case "transfer" -> a.first(a.required("transferredTo", "cơ quan nhận chuyển đơn"),
                        a.required("transferReason", "lý do chuyển"));
                case "extend" -> a.required("initialExtensionReason", "lý do gia hạn xử lý ban đầu");
                default -> Optional.of("Chọn kết quả xử lý ban đầu (initialDecision): accept, refuse, transfer hoặc extend");
            };
            case "decideAcceptance" -> switch (a.text("acceptanceDecision")) {
                case "accept" -> a.first(a.required("acceptanceDecisionNumber", "số quyết định thụ lý"),
                        a.date("acceptanceDecisionDate", "ngày quyết định thụ lý"),
                        a.notBefore("acceptanceDecisionDate", "receivedDate", "ngày quyết định thụ lý", "ngày nhận đơn"));
                case "refuse" -> a.required("refusalReasons", "lý do không thụ lý");
                default -> Optional.of("Chọn quyết định (acceptanceDecision): accept hoặc refuse");
            };
            case "notifyAcceptance", "notifyExtension", "notifySuspension", "notifyResumption", "notifyTermination" ->
                a.first(Stream.of(NOTICES).map(field -> field.endsWith("Date")
                        ? a.date(field, field.startsWith("denouncer") ? "ngày thông báo cho người tố cáo"
                                : "ngày thông báo cho người bị tố cáo")
                        : a.required(field, field.startsWith("denouncer") ? "số văn bản thông báo cho người tố cáo"
                                : "số văn bản thông báo cho người bị tố cáo")).toList());
            case "verifyAndResolve" -> switch (a.text("resolutionDecision")) {
                case "conclude" -> a.required("verificationResult", "kết quả xác minh");
                case "extend" -> a.required("extensionReason", "lý do đề nghị gia hạn");
                case "suspend" -> a.required("suspensionReason", "lý do đề nghị tạm đình chỉ");
                case "withdrawal" -> a.date("withdrawalRequestDate", "ngày của văn bản rút tố cáo");
                default -> Optional.of(
                        "Chọn hướng giải quyết (resolutionDecision): conclude, extend, suspend hoặc withdrawal");
            };
            case "decideExtension" -> switch (a.text("extensionDecision")) {
                case "extend" -> a.first(a.oneOf("complexity", "mức độ phức tạp",
                        Set.of(ResolutionSchedule.COMPLEX, ResolutionSchedule.ESPECIALLY_COMPLEX)),
                        a.required("extensionDecisionNumber", "số quyết định gia hạn"),
                        a.date("extensionDecisionDate", "ngày quyết định gia hạn"),
                        a.notBefore("extensionDecisionDate", "acceptanceDecisionDate", "ngày quyết định gia hạn",
                                "ngày thụ lý"));
                case "refuse" -> Optional.empty();
                default -> Optional.of("Chọn quyết định (extensionDecision): extend hoặc refuse");
            };
            case "decideSuspension" -> switch (a.text("suspensionDecision")) {
                case "suspend" -> a.first(a.required("suspensionDecisionNumber", "số quyết định tạm đình chỉ"),
                        a.date("suspensionDecisionDate", "ngày quyết định tạm đình chỉ"),
                        a.notBefore("suspensionDecisionDate", "acceptanceDecisionDate", "ngày quyết định tạm đình chỉ",
                                "ngày thụ lý"));
                case "refuse" -> Optional.empty();
                default -> Optional.of("Chọn quyết định (suspensionDecision): suspend hoặc refuse");
            };
            case "resumeResolution" -> a.first(a.required("resumptionDecisionNumber", "số quyết định tiếp tục giải quyết"),
                    a.date("resumptionDecisionDate", "ngày quyết định tiếp tục giải quyết"),
                    a.notBefore("resumptionDecisionDate", "suspensionDecisionDate", "ngày quyết định tiếp tục giải quyết",
                            "ngày tạm đình chỉ"));
            case "decideWithdrawal" -> a.first(a.date("withdrawalRequestDate", "ngày của văn bản rút tố cáo"),
                    switch (a.text("withdrawalOutcome")) {
                        case "terminate" -> a.first(a.required("terminationDecisionNumber", "số quyết định đình chỉ"),
                                a.date("terminationDecisionDate", "ngày quyết định đình chỉ"));
                        case "continue" -> a.required("continueReason", "dấu hiệu vi phạm là căn cứ tiếp tục giải quyết");
                        default -> Optional.of("Chọn cách xử lý việc rút tố cáo (withdrawalOutcome): terminate hoặc continue");
                    });
            case "signConclusion" -> switch (a.text("signDecision")) {
                case "sign" -> a.first(a.required("conclusionNumber", "số kết luận"),
                        a.date("conclusionSignedOn", "ngày ký kết luận"));
                case "return" -> a.required("returnComments", "ý kiến khi trả lại dự thảo");
                default -> Optional.of("Chọn ký hoặc trả lại dự thảo (signDecision): sign hoặc return");
            };
            case "sendConclusion" -> a.first(a.date("conclusionSentOn", "ngày gửi kết luận cho người bị tố cáo"),
                    a.required("conclusionSendingReference", "số văn bản gửi kết luận"),
                    a.date("denouncerNoticeDate", "ngày thông báo kết luận cho người tố cáo"),
                    a.required("denouncerNoticeReference", "số văn bản thông báo cho người tố cáo"));
            case "handleConclusion" -> a.first(a.oneOf("handlingOutcome", "hướng xử lý kết luận",
                    Set.of("no-violation", "discipline", "recommend", "criminal")),
                    a.required("handlingMeasures", "biện pháp xử lý đã áp dụng"),
                    a.date("handledOn", "ngày xử lý kết luận"));
            default -> Optional.empty();
        };
    }

    private record Answers(Map<String, Object> values, LocalDate today) {

        String text(String name) {
            return values.get(name) instanceof String text ? text.strip() : "";
        }

        Optional<String> required(String name, String label) {
            return text(name).isEmpty() ? Optional.of("Chưa nhập " + label + " (" + name + ")") : Optional.empty();
        }

        Optional<String> oneOf(String name, String label, Set<String> allowed) {
            return allowed.contains(text(name)) ? Optional.empty()
                    : Optional.of("Chọn " + label + " (" + name + "): " + String.join(", ", allowed.stream().sorted().toList()));
        }

        Optional<LocalDate> day(String name) {
            Object value = values.get(name);
            if (value instanceof Date date) {
                return Optional.of(ProcessDeadlines.toLocalDate(date));
            }
            try {
                return value instanceof String text && !text.isBlank() ? Optional.of(LocalDate.parse(text.strip()))
                        : Optional.empty();
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        Optional<String> date(String name, String label) {
            Optional<LocalDate> day = day(name);
            if (day.isEmpty()) {
                return Optional.of("Chưa nhập " + label + " (" + name + ", dạng yyyy-MM-dd)");
            }
            return day.get().isAfter(today)
                    ? Optional.of(label.substring(0, 1).toUpperCase() + label.substring(1) + " (" + name
                            + ") không được sau hôm nay")
                    : Optional.empty();
        }

        Optional<String> notBefore(String name, String earlier, String label, String earlierLabel) {
            Optional<LocalDate> day = day(name);
            Optional<LocalDate> before = day(earlier);
            return day.isPresent() && before.isPresent() && day.get().isBefore(before.get())
                    ? Optional.of(label.substring(0, 1).toUpperCase() + label.substring(1) + " (" + name
                            + ") không được trước " + earlierLabel)
                    : Optional.empty();
        }

        @SafeVarargs
        final Optional<String> first(Optional<String>... problems) {
            return first(java.util.List.of(problems));
        }

        Optional<String> first(java.util.List<Optional<String>> problems) {
            return problems.stream().flatMap(Optional::stream).findFirst();
        }
    }
}
