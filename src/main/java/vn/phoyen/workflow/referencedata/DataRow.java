package vn.phoyen.workflow.referencedata;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** One record of a reference-data file, with where it came from for error messages. */
public record DataRow(String file, int line, Map<String, String> fields) {

    /** The trimmed value of a column; an empty value is an error naming the column. */
    public String required(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            throw error("cột '" + column + "' bị trống");
        }
        return value;
    }

    /** The trimmed value of a column, or "" when it is empty. */
    public String optional(String column) {
        String value = fields.get(column);
        if (value == null) {
            throw error("không có cột '" + column + "'");
        }
        return value.trim();
    }

    /** A required column holding a date written yyyy-MM-dd; an impossible date such as 2026-02-30 is an error. */
    public LocalDate date(String column) {
        String value = required(column);
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw error("cột '" + column + "': '" + value
                    + "' không phải ngày hợp lệ (cần dạng yyyy-MM-dd, ví dụ 2026-01-31)");
        }
    }

    public DataFileException error(String message) {
        return new DataFileException(file + " dòng " + line + ": " + message);
    }

    static DataRow of(String file, int line, List<String> header, List<String> values) {
        if (values.size() != header.size()) {
            throw new DataFileException(file + " dòng " + line + ": có " + values.size()
                    + " cột, cần " + header.size() + " (" + String.join(",", header) + ")");
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            fields.put(header.get(i), values.get(i));
        }
        return new DataRow(file, line, fields);
    }
}
