package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainWordsTest {

    @Test
    void lowerCaseWithoutDiacriticsOneSpaceBetweenWords() {
        assertThat(PlainWords.of("  Ông NGUYỄN Văn Hùng,  Đường số 5 — tổ 12! "))
                .isEqualTo("ong nguyen van hung duong so 5 to 12");
    }

    @Test
    void aTextWithoutLettersOrDigitsHasNoWords() {
        assertThat(PlainWords.of(" ,.-– ")).isEmpty();
        assertThat(PlainWords.words(" ,.-– ")).isEmpty();
    }

    @Test
    void theWordsComeInTheTextsOrder() {
        assertThat(PlainWords.words(" Đỗ  Thị Hoà, tổ 5 ")).containsExactly("do", "thi", "hoa", "to", "5");
    }
}
