package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

/** The three shapes in which a dynamic list reaches the engine read the same. */
class FormListsTest {

    @Test
    void aJsonVariableAsTasklistCreatesItReadsAsRows() {
        Object tasklistJson = Spin.JSON("[{\"content\": \"Ngập úng\"}, {\"content\": \"Đèn đường\"}]");

        assertThat(FormLists.rows(tasklistJson, "Danh sách ý kiến")).extracting(row -> row.get("content"))
                .containsExactly("Ngập úng", "Đèn đường");
    }

    @Test
    void aJavaListAndJsonTextReadTheSame() {
        List<Map<String, Object>> javaList = List.of(Map.of("content", "Ngập úng"));

        assertThat(FormLists.rows(javaList, "x")).isEqualTo(FormLists.rows("[{\"content\":\"Ngập úng\"}]", "x"));
    }

    @Test
    void nothingOrBlankTextIsNoRows() {
        assertThat(FormLists.rows(null, "x")).isEmpty();
        assertThat(FormLists.rows("  ", "x")).isEmpty();
        assertThat(FormLists.rows("[]", "x")).isEmpty();
    }

    @Test
    void textThatIsNotAListIsRefusedNamingTheList() {
        assertThatThrownBy(() -> FormLists.rows("Ngập úng; đèn đường", "Danh sách cam kết"))
                .isInstanceOf(Refusal.class)
                .hasMessageStartingWith("Danh sách cam kết không đọc được");
        assertThatThrownBy(() -> FormLists.rows("{\"content\": \"x\"}", "Danh sách cam kết"))
                .isInstanceOf(Refusal.class);
    }

    @Test
    void anItemThatIsNotAnObjectIsRefusedNamingItsPosition() {
        assertThatThrownBy(() -> FormLists.rows(List.of(Map.of("content", "a"), "b"), "Danh sách ý kiến"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Danh sách ý kiến: mục thứ 2 không phải một mục có các trường (JSON object)");
    }

    @Test
    void textFieldsAreTrimmedAndMissingOnesEmpty() {
        Map<String, Object> row = new java.util.HashMap<>();
        row.put("content", "  Ngập úng \n");
        row.put("unit", null);

        assertThat(FormLists.text(row, "content")).isEqualTo("Ngập úng");
        assertThat(FormLists.text(row, "unit")).isEmpty();
        assertThat(FormLists.text(row, "answer")).isEmpty();
    }
}
