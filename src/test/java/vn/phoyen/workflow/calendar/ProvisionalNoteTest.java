package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvisionalNoteTest {

    private static final String OWN = "Mỗi lần trình bắt đầu với ý kiến trống.";

    @Test
    void theNoteGoesInFrontOfTheTasksOwnDescriptionAndLeavesItAsItWas() {
        String noted = ProvisionalNote.on(2027, OWN);

        assertThat(noted).startsWith("Hạn xử lý dự kiến, theo lịch nghỉ chưa công bố (lịch nghỉ lễ năm 2027")
                .endsWith("\n\n" + OWN);
        assertThat(ProvisionalNote.on(2027, noted)).as("noted once").isEqualTo(noted);
        assertThat(ProvisionalNote.off(noted)).isEqualTo(OWN);
    }

    @Test
    void aTaskWithoutADescriptionHasOnlyTheNoteAndThenNothing() {
        assertThat(ProvisionalNote.on(2027, null)).isEqualTo(ProvisionalNote.text(2027));
        assertThat(ProvisionalNote.off(ProvisionalNote.text(2027))).isNull();
        assertThat(ProvisionalNote.off(null)).isNull();
        assertThat(ProvisionalNote.off(OWN)).isEqualTo(OWN);
    }
}
