package vn.phoyen.workflow.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the variables a case is started with, failing with the variable's name so that a clerk or an
 * integrating program sees at once what to fix.
 */
public final class StartVariables {

    private final Map<String, Object> variables;

    public StartVariables(Map<String, Object> variables) {
        this.variables = variables;
    }

    /** A required text of at most {@code maxLength} characters. */
    public String text(String name, int maxLength) {
        String value = optionalText(name, maxLength);
        if (value.isEmpty()) {
            throw new CaseStartException("Thiếu biến '" + name + "'");
        }
        return value;
    }

    /** An optional text; "" when absent. */
    public String optionalText(String name, int maxLength) {
        Object value = variables.get(name);
        if (value == null) {
            return "";
        }
        if (!(value instanceof String text)) {
            throw new CaseStartException("Biến '" + name + "' phải là chuỗi ký tự");
        }
        String trimmed = text.strip();
        if (trimmed.length() > maxLength) {
            throw new CaseStartException("Biến '" + name + "' dài quá " + maxLength + " ký tự");
        }
        return trimmed;
    }

    /** A required date as yyyy-MM-dd, not after {@code latest} (a case cannot be received tomorrow). */
    public LocalDate date(String name, LocalDate latest) {
        String text = text(name, 10);
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CaseStartException("Biến '" + name + "' phải là ngày dạng yyyy-MM-dd, không phải '" + text + "'");
        }
        if (date.isAfter(latest)) {
            throw new CaseStartException("Biến '" + name + "' là ngày " + date + ", sau ngày hôm nay");
        }
        return date;
    }

    /** An optional flag; false when absent. */
    public boolean flag(String name) {
        Object value = variables.get(name);
        if (value == null) {
            return false;
        }
        if (!(value instanceof Boolean flag)) {
            throw new CaseStartException("Biến '" + name + "' phải là Boolean (true/false)");
        }
        return flag;
    }

    /** A required code among the allowed ones. */
    public String oneOf(String name, Set<String> allowed) {
        String value = text(name, 100);
        if (!allowed.contains(value)) {
            throw new CaseStartException("Biến '" + name + "' có giá trị '" + value + "' không hợp lệ (chọn một trong: "
                    + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
        }
        return value;
    }
}
