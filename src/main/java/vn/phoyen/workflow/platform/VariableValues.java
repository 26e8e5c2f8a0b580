package vn.phoyen.workflow.platform;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The variables of a start or a completion, checked before Camunda's REST converts them: Camunda refuses a value it
 * cannot convert ("Cannot convert value 'abc' of type 'Integer'") or an unknown type without saying which variable,
 * and a control character (NUL) reaches the database, which PostgreSQL refuses with a 500. Found by
 * {@code BadInputFuzzTest}. Each refusal names the variable, in Vietnamese.
 */
final class VariableValues {

    /** The value types Camunda's REST takes, by the names it takes them (first letter either case). */
    private static final Set<String> TYPES = Set.of("boolean", "bytes", "short", "integer", "long", "double", "date",
            "string", "null", "object", "json", "xml", "file");
    /** Camunda's REST date format (the engine's default {@code dateFormat}). */
    private static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

    private VariableValues() {
    }

    /** What is wrong with the body's {@code variables}, naming the first variable at fault; null when nothing. */
    static String problem(JsonNode body) {
        JsonNode variables = body.path("variables");
        if (variables.isMissingNode() || variables.isNull()) {
            return null;
        }
        if (!variables.isObject()) {
            return "Trường 'variables' phải là một đối tượng JSON, ví dụ {\"variables\": {}}.";
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = variables.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> variable = fields.next();
            String problem = valueProblem(variable.getValue());
            if (problem != null) {
                return "Biến '" + variable.getKey() + "' " + problem + ".";
            }
        }
        return null;
    }

    private static String valueProblem(JsonNode variable) {
        if (!variable.isObject()) {
            return "phải là một đối tượng {\"value\": …, \"type\": …}";
        }
        JsonNode value = variable.path("value");
        String type = variable.path("type").asText("").toLowerCase();
        if (!type.isEmpty() && !TYPES.contains(type)) {
            return "có kiểu '" + variable.path("type").asText() + "' không được hỗ trợ";
        }
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        if (value.isTextual() && hasControlCharacter(value.asText())) {
            return "có ký tự điều khiển không hợp lệ";
        }
        return switch (type) {
            case "short", "integer", "long" -> whole(value, type) ? null : "phải là số nguyên (" + type + ")";
            case "double" -> value.isNumber() || isNumber(value) ? null : "phải là số (double)";
            case "boolean" -> value.isBoolean() || value.asText().matches("true|false") ? null
                    : "phải là true hoặc false (boolean)";
            case "date" -> isDate(value) ? null : "phải là ngày giờ dạng " + DATE_FORMAT + ", không phải '"
                    + value.asText() + "'";
            // Camunda takes these serialized, as a string (a JSON list or object here is a 500 deep in Spin)
            case "json", "xml", "object" -> value.isTextual() ? null : "phải là chuỗi đã tuần tự hoá (" + type + ")";
            default -> null;
        };
    }

    private static boolean whole(JsonNode value, String type) {
        long limit = switch (type) {
            case "short" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        try {
            long number = value.isIntegralNumber() && value.canConvertToLong() ? value.asLong()
                    : Long.parseLong(value.asText().strip());
            return number <= limit && number >= -limit - 1;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isNumber(JsonNode value) {
        try {
            Double.parseDouble(value.asText());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isDate(JsonNode value) {
        if (!value.isTextual()) {
            return false;
        }
        SimpleDateFormat format = new SimpleDateFormat(DATE_FORMAT);
        format.setLenient(false);
        try {
            format.parse(value.asText());
            return true;
        } catch (ParseException e) {
            return false;
        }
    }

    /** No person types one (tab and line breaks aside), and PostgreSQL stores no NUL. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
