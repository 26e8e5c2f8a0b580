package vn.phoyen.workflow.dossier;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Reads the one-stop system's export, CSV (through the reference-data reader) or JSON (an array of objects with the
 * same keys): every good row becomes a {@link Dossier}, every bad one a problem naming the file, the line and the field
 * in Vietnamese, and the reading goes on. A file that cannot be read at all (no header, not JSON) is refused whole.
 */
final class DossierRows {

    static final int MAX_CODE = 64;
    static final int MAX_PROCEDURE_NAME = 500;

    /** The columns (CSV header, JSON keys) and how a person calls them. */
    static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> columns = new LinkedHashMap<>();
        columns.put("code", "mã hồ sơ");
        columns.put("procedure", "tên thủ tục");
        columns.put("field", "lĩnh vực");
        columns.put("unit", "đơn vị giải quyết");
        columns.put("channel", "kênh nộp");
        columns.put("received", "ngày tiếp nhận");
        columns.put("appointment", "ngày hẹn trả");
        columns.put("settled", "ngày có kết quả");
        columns.put("returned", "ngày trả kết quả");
        columns.put("status", "trạng thái");
        columns.put("digitised", "số hoá");
        columns.put("evaluation", "đánh giá của người dân");
        columns.put("updated", "thời điểm cập nhật");
        return Collections.unmodifiableMap(columns);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern LINE = Pattern.compile(" dòng (\\d+):");

    /** What a file gave: the dossiers read and the rows refused. */
    record Batch(List<Dossier> dossiers, List<String> problems) {
    }

    private final Predicate<String> knownUnit;

    /** @param knownUnit whether a unit id is one of the ward's units */
    DossierRows(Predicate<String> knownUnit) {
        this.knownUnit = knownUnit;
    }

    /** @throws DataFileException for a file that cannot be read at all */
    Batch read(String fileName, byte[] content) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? readJson(fileName, content)
                : readCsv(fileName, content);
    }

    private Batch readCsv(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        List<DataRow> rows = CsvDataFile.read(fileName, new ByteArrayInputStream(content),
                List.copyOf(COLUMNS.keySet()), bad -> problems.add(bad.getMessage()));
        return parse(rows, problems);
    }

    private Batch readJson(String fileName, byte[] content) {
        List<String> problems = new ArrayList<>();
        List<DataRow> rows = new ArrayList<>();
        try (JsonParser parser = new JsonFactory(JSON).createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new DataFileException(fileName + ": tệp JSON phải là một mảng các hồ sơ ([{…}, {…}])");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new DataFileException(fileName + ": tệp JSON kết thúc giữa chừng (thiếu dấu ])");
                }
                int line = parser.currentTokenLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                if (!node.isObject()) {
                    problems.add(fileName + " dòng " + line + ": mỗi hồ sơ phải là một đối tượng {…}");
                    continue;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                COLUMNS.keySet().forEach(column -> {
                    JsonNode value = node.get(column);
                    fields.put(column, value == null || value.isNull() ? "" : value.asText());
                });
                rows.add(new DataRow(fileName, line, fields));
            }
        } catch (JsonProcessingException e) {
            throw new DataFileException(fileName + " dòng " + e.getLocation().getLineNr() + ": không phải JSON hợp lệ");
        } catch (IOException e) {
            throw new DataFileException(fileName + ": không đọc được tệp");
        }
        return parse(rows, problems);
    }

    private Batch parse(List<DataRow> rows, List<String> problems) {
        List<Dossier> dossiers = new ArrayList<>();
        for (DataRow row : rows) {
            try {
                dossiers.add(dossier(row));
            } catch (DataFileException bad) {
                problems.add(bad.getMessage());
            }
        }
        // the reader's problems (columns, quotes) and the fields' problems, in the order of the file
        problems.sort(Comparator.comparingInt(DossierRows::lineOf));
        return new Batch(dossiers, problems);
    }

    private static int lineOf(String problem) {
        Matcher line = LINE.matcher(problem);
        return line.find() ? Integer.parseInt(line.group(1)) : 0;
    }

    /** @throws DataFileException naming the file, the line and the field */
    Dossier dossier(DataRow row) {
        String code = required(row, "code");
        if (code.length() > MAX_CODE || !code.matches("[\\p{L}0-9._/-]+")) {
            throw fieldError(row, "code", "'" + code + "' không hợp lệ (tối đa " + MAX_CODE
                    + " ký tự: chữ, số và . _ / -)");
        }
        String procedure = required(row, "procedure");
        if (procedure.length() > MAX_PROCEDURE_NAME) {
            throw fieldError(row, "procedure", "dài quá " + MAX_PROCEDURE_NAME + " ký tự");
        }
        ProcedureField field = coded(row, "field", ProcedureField::ofCode, ProcedureField.codes());
        String unit = required(row, "unit");
        if (!knownUnit.test(unit)) {
            throw fieldError(row, "unit", "'" + unit + "' không phải mã đơn vị của phường");
        }
        Channel channel = coded(row, "channel", Channel::ofCode, Channel.codes());
        LocalDate received = date(row, "received").orElseThrow(() -> empty(row, "received"));
        LocalDate appointment = date(row, "appointment").orElseThrow(() -> empty(row, "appointment"));
        LocalDate settled = date(row, "settled").orElse(null);
        LocalDate returned = date(row, "returned").orElse(null);
        DossierStatus status = coded(row, "status", DossierStatus::ofCode, DossierStatus.codes());
        boolean digitised = flag(row, "digitised");
        Evaluation evaluation;
        try {
            evaluation = Evaluation.parse(row.optional("evaluation")).orElse(null);
        } catch (IllegalArgumentException e) {
            throw fieldError(row, "evaluation", e.getMessage());
        }
        LocalDateTime updated = dateTime(row, "updated");
        if (appointment.isBefore(received)) {
            throw fieldError(row, "appointment", "trước ngày tiếp nhận");
        }
        if (settled != null && settled.isBefore(received)) {
            throw fieldError(row, "settled", "trước ngày tiếp nhận");
        }
        if (returned != null && (settled == null || returned.isBefore(settled))) {
            throw fieldError(row, "returned", settled == null ? "có ngày trả mà chưa có ngày có kết quả"
                    : "trước ngày có kết quả");
        }
        if ((status == DossierStatus.SETTLED || status == DossierStatus.RETURNED) && settled == null) {
            throw fieldError(row, "settled", "trống mà trạng thái là " + status.code());
        }
        if (status == DossierStatus.RETURNED && returned == null) {
            throw fieldError(row, "returned", "trống mà trạng thái là " + status.code());
        }
        if (status.pending() && settled != null) {
            throw fieldError(row, "status", "'" + status.code() + "' mà hồ sơ đã có ngày có kết quả");
        }
        return new Dossier(code, procedure, field, unit, channel, received, appointment, settled, returned, status,
                digitised, evaluation, updated);
    }

    private static String required(DataRow row, String column) {
        String value = row.optional(column);
        if (value.isEmpty()) {
            throw empty(row, column);
        }
        return value;
    }

    private static <T> T coded(DataRow row, String column, Function<String, Optional<T>> ofCode, String codes) {
        String value = required(row, column);
        return ofCode.apply(value).orElseThrow(() -> fieldError(row, column, "'" + value
                + "' không có trong danh mục (" + codes + ")"));
    }

    private static Optional<LocalDate> date(DataRow row, String column) {
        String value = row.optional(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(value));
        } catch (DateTimeParseException e) {
            throw fieldError(row, column, "'" + value + "' không phải ngày hợp lệ (cần dạng yyyy-MM-dd)");
        }
    }

    private static LocalDateTime dateTime(DataRow row, String column) {
        String value = required(row, column);
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay() : LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw fieldError(row, column, "'" + value
                    + "' không phải thời điểm hợp lệ (cần dạng yyyy-MM-ddTHH:mm hoặc yyyy-MM-dd)");
        }
    }

    private static boolean flag(DataRow row, String column) {
        return switch (row.optional(column).toLowerCase(Locale.ROOT)) {
            case "true", "1", "có" -> true;
            case "false", "0", "không", "" -> false;
            default -> throw fieldError(row, column, "'" + row.optional(column)
                    + "' không hợp lệ (true/false, 1/0, có/không)");
        };
    }

    private static DataFileException empty(DataRow row, String column) {
        return fieldError(row, column, "bị trống");
    }

    private static DataFileException fieldError(DataRow row, String column, String problem) {
        return row.error("cột '" + column + "' (" + COLUMNS.get(column) + ") " + problem);
    }
}
