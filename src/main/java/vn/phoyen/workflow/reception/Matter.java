package vn.phoyen.workflow.reception;

import java.util.function.Function;

/**
 * One matter a visitor raises, as the clerk entered it in "Xử lý nội dung" (form {@code reception-matter}).
 *
 * @param summary     short summary: the subject of a complaint, the title of a feedback
 * @param content     details; the summary when none were written
 * @param handling    answered on the spot, or the kind of case to open
 * @param answer      the answer given on the spot ("" otherwise)
 * @param category    feedback category code ("" otherwise)
 * @param accusedName the person denounced ("" otherwise)
 * @param accusedUnit the group id of the unit of the person denounced ("" otherwise)
 */
public record Matter(String summary, String content, Handling handling, String answer, String category,
                     String accusedName, String accusedUnit) {

    /** The names of the form's fields, all cleared once the matter is in the log. */
    static final String[] FORM_FIELDS = {"matterSummary", "content", "handling", "answer", "category", "accusedName",
        "accusedUnit", "moreMatters"};

    /**
     * Reads and checks the form's variables; what the form requires is required here too, since a form can be
     * submitted through the REST API without Tasklist's checks.
     */
    public static Matter from(Function<String, Object> variables) {
        String summary = text(variables, "matterSummary", "Tóm tắt nội dung");
        if (summary.isEmpty()) {
            throw new ReceptionException("Chưa nhập tóm tắt nội dung công dân trình bày (matterSummary)");
        }
        Handling handling = Handling.fromCode(variables.apply("handling")).orElseThrow(() -> new ReceptionException(
                "Chưa chọn cách xử lý nội dung (handling): trả lời tại chỗ, khiếu nại, tố cáo hoặc phản ánh, kiến nghị"));
        String answer = text(variables, "answer", "Nội dung trả lời");
        if (handling == Handling.ANSWERED && answer.isEmpty()) {
            throw new ReceptionException("Nội dung được trả lời tại chỗ: cần ghi nội dung trả lời (answer)");
        }
        String content = text(variables, "content", "Nội dung chi tiết");
        return new Matter(summary, content.isEmpty() ? summary : content, handling,
                handling == Handling.ANSWERED ? answer : "",
                handling == Handling.FEEDBACK ? text(variables, "category", "Lĩnh vực") : "",
                handling == Handling.DENUNCIATION ? text(variables, "accusedName", "Người bị tố cáo") : "",
                handling == Handling.DENUNCIATION ? text(variables, "accusedUnit", "Đơn vị của người bị tố cáo") : "");
    }

    private static String text(Function<String, Object> variables, String name, String label) {
        Object value = variables.apply(name);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new ReceptionException("Trường '" + label + "' (" + name + ") phải là văn bản");
        }
        return text.strip();
    }
}
