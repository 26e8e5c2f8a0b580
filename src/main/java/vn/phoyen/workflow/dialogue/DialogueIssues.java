package vn.phoyen.workflow.dialogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.phoyen.workflow.process.FormLists;

/**
 * The rules for the issues of a dialogue conference at each step: gathered from a residential group, assigned to
 * units, answered in advance by each unit, answered at the conference. A refusal names the issue by its number in
 * the form's list, so staff see which row to fix.
 */
final class DialogueIssues {

    static final String LIST_NAME = "Danh sách ý kiến";

    private final Predicate<String> knownUnit;

    DialogueIssues(Predicate<String> knownUnit) {
        this.knownUnit = knownUnit;
    }

    /** The issues as stored on the process (already checked when they were entered). */
    static List<Issue> stored(Object value) {
        List<Issue> issues = new ArrayList<>();
        for (Map<String, Object> row : FormLists.rows(value, LIST_NAME)) {
            Object number = row.get("number");
            issues.add(Issue.of(number instanceof Number n ? n.intValue() : issues.size() + 1, row));
        }
        return issues;
    }

    /**
     * Adds what one residential group raised to the issues already gathered, numbered after them; rows left blank
     * are dropped (a group may have raised nothing).
     */
    static List<Issue> gathered(List<Issue> already, String residentialGroup, Object submitted) {
        List<Issue> issues = new ArrayList<>(already);
        for (Map<String, Object> row : FormLists.rows(submitted, LIST_NAME)) {
            String content = FormLists.text(row, "content");
            if (!content.isEmpty()) {
                issues.add(new Issue(issues.size() + 1, residentialGroup, content, "", "", ""));
            }
        }
        return issues;
    }

    /** The office's assignment: every issue has its content and a unit of the ward to prepare the answer. */
    List<Issue> assigned(Object submitted) {
        List<Issue> issues = new ArrayList<>();
        for (Map<String, Object> row : FormLists.rows(submitted, LIST_NAME)) {
            Issue issue = Issue.of(issues.size() + 1, row);
            requireContent(issue);
            requireUnit(issue);
            issues.add(issue);
        }
        return issues;
    }

    /** The units that prepare answers, each once, in the order of their first issue. */
    static List<String> unitsConcerned(List<Issue> issues) {
        return issues.stream().map(Issue::unit).filter(unit -> !unit.isEmpty()).distinct().toList();
    }

    static List<Issue> ofUnit(List<Issue> issues, String unit) {
        return issues.stream().filter(issue -> issue.unit().equals(unit)).toList();
    }

    /**
     * One unit's prepared answers put into the conference's issues: every issue the unit was given needs its answer;
     * rows are matched by number, so the unit cannot answer (or drop) another unit's issue.
     */
    static List<Issue> withPreparedAnswers(List<Issue> issues, String unit, Object submitted) {
        Map<Integer, String> answers = new HashMap<>();
        for (Map<String, Object> row : FormLists.rows(submitted, LIST_NAME)) {
            Object number = row.get("number");
            if (number instanceof Number n) {
                answers.put(n.intValue(), FormLists.text(row, "preparedAnswer"));
            }
        }
        List<Issue> result = new ArrayList<>();
        for (Issue issue : issues) {
            if (!issue.unit().equals(unit)) {
                result.add(issue);
                continue;
            }
            String answer = answers.getOrDefault(issue.number(), "");
            if (answer.isEmpty()) {
                throw new DialogueException("Ý kiến số %d (%s): chưa có nội dung chuẩn bị trả lời"
                        .formatted(issue.number(), issue.residentialGroup()));
            }
            result.add(issue.withPreparedAnswer(answer));
        }
        return result;
    }

    /**
     * The minutes: every issue (those gathered and any raised at the conference) has its content, unit and the answer
     * given; rows left entirely blank are dropped.
     */
    List<Issue> answered(Object submitted) {
        List<Issue> issues = new ArrayList<>();
        int position = 0;
        for (Map<String, Object> row : FormLists.rows(submitted, LIST_NAME)) {
            position++;
            Issue issue = Issue.of(position, row);
            if (issue.content().isEmpty() && issue.answer().isEmpty() && issue.unit().isEmpty()) {
                continue;
            }
            requireContent(issue);
            requireUnit(issue);
            if (issue.answer().isEmpty()) {
                throw new DialogueException("Ý kiến số %d: chưa ghi nội dung trả lời tại hội nghị".formatted(position));
            }
            issues.add(issue.numbered(issues.size() + 1));
        }
        return issues;
    }

    static ArrayList<Map<String, Object>> rows(List<Issue> issues) {
        // an ArrayList of LinkedHashMaps: the engine stores it as JSON and Tasklist shows it back in the list
        return new ArrayList<>(issues.stream().map(Issue::toRow).toList());
    }

    private static void requireContent(Issue issue) {
        if (issue.content().isEmpty()) {
            throw new DialogueException("Ý kiến số %d: chưa có nội dung ý kiến".formatted(issue.number()));
        }
    }

    private void requireUnit(Issue issue) {
        if (issue.unit().isEmpty()) {
            throw new DialogueException("Ý kiến số %d: chưa chọn đơn vị trả lời".formatted(issue.number()));
        }
        if (!knownUnit.test(issue.unit())) {
            throw new DialogueException("Ý kiến số %d: đơn vị '%s' không có trong danh sách đơn vị của phường"
                    .formatted(issue.number(), issue.unit()));
        }
    }
}
