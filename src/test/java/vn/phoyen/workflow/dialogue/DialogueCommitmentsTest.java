package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DialogueCommitmentsTest {

    private static final LocalDate CONFERENCE = LocalDate.of(2025, 11, 20);

    private final DialogueCommitments commitments = new DialogueCommitments(Set.of("kthtdt", "ca")::contains);

    @Test
    void eachCommitmentHasItsUnitContentAndDeadlineAndBlankRowsAreDropped() {
        List<Commitment> recorded = commitments.recorded(List.of(
                row("unit", "kthtdt", "content", "Nạo vét cống ngõ 3", "deadline", "2025-12-31"),
                row("unit", "", "content", " ", "deadline", ""),
                row()), CONFERENCE);

        assertThat(recorded).containsExactly(new Commitment("kthtdt", "Nạo vét cống ngõ 3", LocalDate.of(2025, 12, 31)));
        assertThat(DialogueCommitments.rows(recorded)).containsExactly(
                Map.of("unit", "kthtdt", "content", "Nạo vét cống ngõ 3", "deadline", "2025-12-31"));
    }

    @Test
    void noCommitmentAtAllIsAnEmptyList() {
        assertThat(commitments.recorded(null, CONFERENCE)).isEmpty();
        assertThat(commitments.recorded(List.of(row()), CONFERENCE)).isEmpty();
    }

    @Test
    void aDeadlineOnTheConferenceDayIsAcceptedTheDayBeforeIsNot() {
        assertThat(commitments.recorded(List.of(row("unit", "ca", "content", "Tuần tra", "deadline", "2025-11-20")),
                CONFERENCE)).hasSize(1);
        assertThatThrownBy(() -> commitments.recorded(List.of(
                row("unit", "ca", "content", "Tuần tra", "deadline", "2025-11-19")), CONFERENCE))
                .isInstanceOf(DialogueException.class)
                .hasMessage("Cam kết số 1: thời hạn 19/11/2025 trước ngày hội nghị 20/11/2025");
    }

    @Test
    void anIncompleteCommitmentIsRefusedNamingItsRow() {
        Map<String, Object> good = row("unit", "ca", "content", "Tuần tra", "deadline", "2025-12-01");

        assertThatThrownBy(() -> commitments.recorded(List.of(good, row("unit", "ca", "content", "Lắp camera")), CONFERENCE))
                .hasMessage("Cam kết số 2: chưa có thời hạn thực hiện");
        assertThatThrownBy(() -> commitments.recorded(List.of(good, row("content", "Lắp camera", "deadline", "2025-12-01")),
                CONFERENCE)).hasMessage("Cam kết số 2: chưa chọn đơn vị thực hiện");
        assertThatThrownBy(() -> commitments.recorded(List.of(row("unit", "ca", "deadline", "2025-12-01")), CONFERENCE))
                .hasMessage("Cam kết số 1: chưa ghi nội dung cam kết");
        assertThatThrownBy(() -> commitments.recorded(List.of(
                row("unit", "xa", "content", "Lắp camera", "deadline", "2025-12-01")), CONFERENCE))
                .hasMessage("Cam kết số 1: đơn vị 'xa' không có trong danh sách đơn vị của phường");
        assertThatThrownBy(() -> commitments.recorded(List.of(
                row("unit", "ca", "content", "Lắp camera", "deadline", "31/12/2025")), CONFERENCE))
                .hasMessage("Cam kết số 1: thời hạn '31/12/2025' không phải ngày hợp lệ (chọn ngày trên lịch)");
    }

}
