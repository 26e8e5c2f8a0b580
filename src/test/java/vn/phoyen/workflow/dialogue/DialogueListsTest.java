package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The three shapes in which a dynamic list reaches the engine read the same. */
class DialogueListsTest {

    @Test
    void aJsonVariableAsTasklistCreatesItReadsAsRows() {
        Object tasklistJson = Spin.JSON("[{\"content\": \"Ngập úng\"}, {\"content\": \"Đèn đường\"}]");

        assertThat(DialogueLists.rows(tasklistJson, "Danh sách ý kiến")).extracting(row -> row.get("content"))
                .containsExactly("Ngập úng", "Đèn đường");
    }

    @Test
    void aJavaListAndJsonTextReadTheSame() {
        List<Map<String, Object>> javaList = List.of(Map.of("content", "Ngập úng"));

        assertThat(DialogueLists.rows(javaList, "x")).isEqualTo(DialogueLists.rows("[{\"content\":\"Ngập úng\"}]", "x"));
    }

    @Test
    void nothingOrBlankTextIsNoRows() {
        assertThat(DialogueLists.rows(null, "x")).isEmpty();
        assertThat(DialogueLists.rows("  ", "x")).isEmpty();
        assertThat(DialogueLists.rows("[]", "x")).isEmpty();
    }

    @Test
    void textThatIsNotAListIsRefusedNamingTheList() {
        assertThatThrownBy(() -> DialogueLists.rows("Ngập úng; đèn đường", "Danh sách cam kết"))
                .isInstanceOf(DialogueException.class)
                .hasMessageStartingWith("Danh sách cam kết không đọc được");
        assertThatThrownBy(() -> DialogueLists.rows("{\"content\": \"x\"}", "Danh sách cam kết"))
                .isInstanceOf(DialogueException.class);
    }

    @Test
    void anItemThatIsNotAnObjectIsRefusedNamingItsPosition() {
        assertThatThrownBy(() -> DialogueLists.rows(List.of(Map.of("content", "a"), "b"), "Danh sách ý kiến"))
                .isInstanceOf(DialogueException.class)
                .hasMessage("Danh sách ý kiến: mục thứ 2 không phải một mục có các trường (JSON object)");
    }

    @Test
    void textFieldsAreTrimmedAndMissingOnesEmpty() {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("content", "  Ngập úng \n");
        row.put("unit", null);

        assertThat(DialogueLists.text(row, "content")).isEqualTo("Ngập úng");
        assertThat(DialogueLists.text(row, "unit")).isEmpty();
        assertThat(DialogueLists.text(row, "answer")).isEmpty();
    }
}
