package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DialogueIssuesTest {

    private final DialogueIssues issues = new DialogueIssues(Set.of("kthtdt", "ca", "vp")::contains);

    @Test
    void eachGroupsIssuesAreNumberedAfterThoseAlreadyGatheredAndBlankRowsDropped() {
        List<Issue> first = DialogueIssues.gathered(List.of(), "Tổ dân phố số 1",
                List.of(Map.of("content", "Ngập úng ngõ 3"), Map.of("content", " "), Map.of()));
        List<Issue> both = DialogueIssues.gathered(first, "Tổ dân phố số 2", List.of(Map.of("content", "Đèn đường")));

        assertThat(both).containsExactly(new Issue(1, "Tổ dân phố số 1", "Ngập úng ngõ 3", "", "", ""),
                new Issue(2, "Tổ dân phố số 2", "Đèn đường", "", "", ""));
        assertThat(DialogueIssues.gathered(both, "Tổ dân phố số 3", null)).isEqualTo(both);
    }

    @Test
    void theStoredListReadsBackAsItWasWritten() {
        List<Issue> written = List.of(new Issue(1, "Tổ 1", "Ngập úng", "kthtdt", "Nạo vét", ""));

        assertThat(DialogueIssues.stored(DialogueIssues.rows(written))).isEqualTo(written);
    }

    @Test
    void everyAssignedIssueNeedsAKnownUnitAndIsRenumberedInTheFormsOrder() {
        List<Issue> assigned = issues.assigned(List.of(row("number", 2, "content", "Đèn đường", "unit", "kthtdt"),
                row("number", 1, "content", "Trộm cắp", "unit", "ca")));

        assertThat(assigned).extracting(Issue::number, Issue::unit).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "kthtdt"), org.assertj.core.groups.Tuple.tuple(2, "ca"));
        assertThatThrownBy(() -> issues.assigned(List.of(row("content", "a", "unit", "ca"), row("content", "b"))))
                .hasMessage("Ý kiến số 2: chưa chọn đơn vị trả lời");
        assertThatThrownBy(() -> issues.assigned(List.of(row("content", "a", "unit", "xyz"))))
                .hasMessage("Ý kiến số 1: đơn vị 'xyz' không có trong danh sách đơn vị của phường");
        assertThatThrownBy(() -> issues.assigned(List.of(row("content", "", "unit", "ca"))))
                .hasMessage("Ý kiến số 1: chưa có nội dung ý kiến");
    }

    @Test
    void theUnitsConcernedAreEachOnceInTheOrderOfTheirFirstIssue() {
        List<Issue> assigned = List.of(issue(1, "kthtdt"), issue(2, "ca"), issue(3, "kthtdt"));

        assertThat(DialogueIssues.unitsConcerned(assigned)).containsExactly("kthtdt", "ca");
        assertThat(DialogueIssues.ofUnit(assigned, "kthtdt")).extracting(Issue::number).containsExactly(1, 3);
        assertThat(DialogueIssues.unitsConcerned(List.of())).isEmpty();
    }

    @Test
    void aUnitsPreparedAnswersGoToItsOwnIssuesOnly() {
        List<Issue> assigned = List.of(issue(1, "kthtdt"), issue(2, "ca"), issue(3, "kthtdt"));
        // the unit also tries to answer issue 2, which is not its own
        List<Map<String, Object>> submitted = List.of(row("number", 1, "preparedAnswer", "Nạo vét cống"),
                row("number", 3, "preparedAnswer", "Lắp đèn"), row("number", 2, "preparedAnswer", "Không phải việc này"));

        List<Issue> prepared = DialogueIssues.withPreparedAnswers(assigned, "kthtdt", submitted);

        assertThat(prepared).extracting(Issue::preparedAnswer).containsExactly("Nạo vét cống", "", "Lắp đèn");
    }

    @Test
    void aUnitMustAnswerEachOfItsIssues() {
        List<Issue> assigned = List.of(issue(1, "kthtdt"), issue(2, "kthtdt"));

        assertThatThrownBy(() -> DialogueIssues.withPreparedAnswers(assigned, "kthtdt",
                List.of(row("number", 1, "preparedAnswer", "Nạo vét"), row("number", 2, "preparedAnswer", " "))))
                .isInstanceOf(DialogueException.class)
                .hasMessage("Ý kiến số 2 (Tổ 1): chưa có nội dung chuẩn bị trả lời");
    }

    @Test
    void theMinutesAnswerEveryIssueIncludingThoseRaisedAtTheConference() {
        List<Issue> answered = issues.answered(List.of(
                row("number", 1, "residentialGroup", "Tổ 1", "content", "Ngập úng", "unit", "kthtdt",
                        "preparedAnswer", "Nạo vét", "answer", "Nạo vét trong tháng 12"),
                row(),
                row("residentialGroup", "Ông A (tổ 2)", "content", "Rác thải", "unit", "vp", "answer", "Tăng chuyến thu gom")));

        assertThat(answered).containsExactly(
                new Issue(1, "Tổ 1", "Ngập úng", "kthtdt", "Nạo vét", "Nạo vét trong tháng 12"),
                new Issue(2, "Ông A (tổ 2)", "Rác thải", "vp", "", "Tăng chuyến thu gom"));
        assertThatThrownBy(() -> issues.answered(List.of(row("content", "Ngập úng", "unit", "kthtdt"))))
                .hasMessage("Ý kiến số 1: chưa ghi nội dung trả lời tại hội nghị");
    }

    private static Issue issue(int number, String unit) {
        return new Issue(number, "Tổ 1", "Ý kiến " + number, unit, "", "");
    }

}
