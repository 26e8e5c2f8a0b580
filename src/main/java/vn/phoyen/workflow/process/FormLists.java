package vn.phoyen.workflow.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The rows of a dynamic list of a form (a dialogue's issues, the units of a year's close). Tasklist submits a new list
 * as a JSON variable, a list it showed back as the Java list it was given, and a REST client may send JSON text: all
 * three read the same. A list that is no list is a {@link Refusal} naming it.
 */
public final class FormLists {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLists() {
    }

    /** The rows of the list, in the order the form showed them; none for a missing list. */
    public static List<Map<String, Object>> rows(Object value, String listName) {
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
            throw new Refusal("%s không đọc được: cần một danh sách các mục (JSON), ví dụ [{\"content\": \"...\"}]"
                    .formatted(listName));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Object item, String listName, int position) {
        if (item instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new Refusal("%s: mục thứ %d không phải một mục có các trường (JSON object)"
                .formatted(listName, position));
    }

    /** A text field of a row, trimmed; empty when missing. */
    public static String text(Map<String, Object> row, String field) {
        Object value = row.get(field);
        return value == null ? "" : String.valueOf(value).strip();
    }
}
