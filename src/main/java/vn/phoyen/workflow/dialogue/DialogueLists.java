package vn.phoyen.workflow.dialogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rows of a dynamic list of a dialogue form. Tasklist submits a new list as a JSON variable, a list it showed
 * back as the Java list it was given, and a REST client may send JSON text: all three read the same.
 */
final class DialogueLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DialogueLists() {
    }

    /** The rows of the list, in the order the form showed them; none for a missing list. */
    static List<Map<String, Object>> rows(Object value, String listName) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<Map<String, Object>> rows = new ArrayList<>();
            int position = 0;
            for (Object item : items) {
                position++;
                rows.add(row(item, listName, position));
            }
            return rows;
        }
        // a JSON variable (Spin) or JSON text: its text is the JSON
        String text = value.toString().strip();
        if (text.isEmpty()) {
            return List.of();
        }
        try {
            return rows(JSON.readValue(text, new TypeReference<List<Object>>() {
            }), listName);
        } catch (JsonProcessingException notAList) {
            throw new DialogueException("%s không đọc được: cần một danh sách các mục (JSON), ví dụ [{\"content\": \"...\"}]"
                    .formatted(listName));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Object item, String listName, int position) {
        if (item instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new DialogueException("%s: mục thứ %d không phải một mục có các trường (JSON object)"
                .formatted(listName, position));
    }

    /** A text field of a row, trimmed; empty when missing. */
    static String text(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
