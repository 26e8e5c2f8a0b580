package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.process.FormLists;

/**
 * The commitments the minutes of a dialogue conference record: each with a unit of the ward, what it will do and
 * by when (not before the conference). Rows left entirely blank are dropped; any other gap is refused with the row's
 * number.
 */
final class DialogueCommitments {

    static final String LIST_NAME = "Danh sách cam kết";

    private final Predicate<String> knownUnit;

    DialogueCommitments(Predicate<String> knownUnit) {
        this.knownUnit = knownUnit;
    }

    List<Commitment> recorded(Object submitted, LocalDate conference) {
        List<Commitment> commitments = new ArrayList<>();
        int position = 0;
        for (Map<String, Object> row : FormLists.rows(submitted, LIST_NAME)) {
            position++;
            String unit = FormLists.text(row, "unit");
            String content = FormLists.text(row, "content");
            String deadline = FormLists.text(row, "deadline");
            if (unit.isEmpty() && content.isEmpty() && deadline.isEmpty()) {
                continue;
            }
            if (unit.isEmpty()) {
                throw refusal(position, "chưa chọn đơn vị thực hiện");
            }
            if (!knownUnit.test(unit)) {
                throw refusal(position, "đơn vị '%s' không có trong danh sách đơn vị của phường".formatted(unit));
            }
            if (content.isEmpty()) {
                throw refusal(position, "chưa ghi nội dung cam kết");
            }
            commitments.add(new Commitment(unit, content, deadline(position, deadline, conference)));
        }
        return commitments;
    }

    static ArrayList<Map<String, Object>> rows(List<Commitment> commitments) {
        return new ArrayList<>(commitments.stream().map(Commitment::toRow).toList());
    }

    private static LocalDate deadline(int position, String text, LocalDate conference) {
        if (text.isEmpty()) {
            throw refusal(position, "chưa có thời hạn thực hiện");
        }
        LocalDate deadline;
        try {
            deadline = LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw refusal(position, "thời hạn '%s' không phải ngày hợp lệ (chọn ngày trên lịch)".formatted(text));
        }
        if (deadline.isBefore(conference)) {
            throw refusal(position, "thời hạn %s trước ngày hội nghị %s".formatted(WorkingCalendar.DAY.format(deadline),
                    WorkingCalendar.DAY.format(conference)));
        }
        return deadline;
    }

    private static DialogueException refusal(int position, String problem) {
        return new DialogueException("Cam kết số %d: %s".formatted(position, problem));
    }
}
