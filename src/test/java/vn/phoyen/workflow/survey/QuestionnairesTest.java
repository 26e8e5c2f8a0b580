package vn.phoyen.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.referencedata.DataFileException;

/** The questionnaire data file: the shipped one covers the five factors; a wrong row is named by file and line. */
class QuestionnairesTest {

    private static final String HEADER = "version,factor,code,question\n";
    private static final String FIVE = """
            v1,tiep-can,A1,Biển chỉ dẫn rõ ràng
            v1,thu-tuc,B1,"Thủ tục công khai, đầy đủ"
            v1,cong-chuc,C1,Công chức lịch sự
            v1,ket-qua,D1,Trả kết quả đúng hẹn
            v1,gop-y,E1,Góp ý được trả lời
            """;

    @Test
    void theShippedQuestionnaireAsksAboutEveryFactorOnTheFivePointScale() {
        Questionnaire latest = Questionnaires.fromClasspath().latest();

        assertThat(latest.version()).isEqualTo("sipas-2024");
        assertThat(latest.questions()).extracting(Questionnaire.Question::factor).containsAll(
                Arrays.stream(SipasFactor.values()).map(SipasFactor::code).toList());
        // access is measured on three contents from 2024, procedures on four (vietnam-rules.md §7.2)
        assertThat(latest.questions()).filteredOn(question -> question.factor().equals("tiep-can")).hasSize(3);
        assertThat(latest.questions()).filteredOn(question -> question.factor().equals("thu-tuc")).hasSize(4);
        assertThat(Arrays.stream(Rating.values()).map(Rating::label)).containsExactly("Rất không hài lòng",
                "Không hài lòng", "Bình thường", "Hài lòng", "Rất hài lòng");
    }

    @Test
    void aValidFileGivesItsVersionsAndTheLastIsTheDefault() {
        Questionnaires read = read(FIVE + FIVE.replace("v1,", "v2,"));

        assertThat(read.versions()).containsExactly("v1", "v2");
        assertThat(read.latest().version()).isEqualTo("v2");
        assertThat(read.version("v1").orElseThrow().question("B1").orElseThrow().text())
                .isEqualTo("Thủ tục công khai, đầy đủ");
    }

    @Test
    void anUnknownFactorIsNamedWithItsLine() {
        assertThatThrownBy(() -> read(FIVE + "v1,gia-ca,F1,Giá cả hợp lý\n")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("q.csv dòng 7").hasMessageContaining("gia-ca");
    }

    @Test
    void aQuestionCodeTwiceInAVersionIsNamedWithItsLine() {
        assertThatThrownBy(() -> read(FIVE + "v1,gop-y,E1,Lần nữa\n")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("q.csv dòng 7").hasMessageContaining("E1");
    }

    @Test
    void anEmptyQuestionIsNamedWithItsLine() {
        assertThatThrownBy(() -> read(FIVE + "v1,gop-y,E2,\n")).isInstanceOf(DataFileException.class)
                .hasMessageContaining("q.csv dòng 7").hasMessageContaining("question");
    }

    @Test
    void aVersionMissingAFactorIsRefusedNamingTheFactor() {
        assertThatThrownBy(() -> read(FIVE.lines().filter(line -> !line.contains("gop-y"))
                .reduce("", (all, line) -> all + line + "\n"))).isInstanceOf(DataFileException.class)
                .hasMessageContaining("q.csv").hasMessageContaining("v1")
                .hasMessageContaining("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị");
    }

    private static Questionnaires read(String rows) {
        return Questionnaires.read("q.csv", new ByteArrayInputStream((HEADER + rows).getBytes(StandardCharsets.UTF_8)));
    }
}
