package vn.phoyen.workflow.feedback;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.referencedata.CsvDataFile;
import vn.phoyen.workflow.referencedata.DataFileException;
import vn.phoyen.workflow.referencedata.DataRow;

/**
 * Imports the national public-service portal's feedback export (JSON or CSV, format in the README): each row starts a
 * {@code feedback} case with channel {@code portal} through the same checks as a start by REST, and its portal id is
 * kept ({@code ward_portal_feedback}, variable {@code portalId}) so the same row imported again starts nothing. A bad
 * row is reported with its line and field and the others are imported: each row is its own transaction.
 */
@Service
class PortalFeedbackImport {

    /** The fields of a row, in the CSV header's order. */
    static final List<String> FIELDS = List.of("portalId", "receivedDate", "category", "title", "content", "senderName",
            "senderContact");

    static final String IMPORTED = "đã nhập";
    static final String EXISTING = "đã có";
    static final String REFUSED = "lỗi";

    private static final Pattern PORTAL_ID = Pattern.compile("[A-Za-z0-9._/-]{1,64}");
    private static final Pattern NAMED_FIELD = Pattern.compile("'([A-Za-z]+)'");

    /** One row's outcome; {@code field} and {@code message} only for a refused row. */
    record Outcome(int line, String portalId, String result, String caseNumber, String field, String message) {
    }

    record Report(String file, int imported, int existing, int refused, List<Outcome> rows) {
    }

    private record Row(int line, Map<String, String> fields) {
    }

    private final RuntimeService runtime;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    PortalFeedbackImport(RuntimeService runtime, JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json) {
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    /**
     * Imports a file: JSON when its name ends in {@code .json}, CSV otherwise.
     *
     * @throws Refusal naming the file and line when the file itself cannot be read (not JSON, a CSV row without all
     *                 its columns): nothing is imported then
     */
    Report importFile(String fileName, byte[] content, String importedBy) {
        List<Row> rows = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? jsonRows(fileName, content)
                : csvRows(fileName, content);
        List<Outcome> outcomes = new ArrayList<>();
        for (Row row : rows) {
            outcomes.add(importRow(fileName, row, importedBy));
        }
        return new Report(fileName, count(outcomes, IMPORTED), count(outcomes, EXISTING), count(outcomes, REFUSED),
                outcomes);
    }

    /** The portal id of the case, when it came from the portal's export. */
    Optional<String> portalId(String processInstanceId) {
        return jdbc.queryForList("SELECT portal_id FROM ward_portal_feedback WHERE process_instance_id = ?",
                String.class, processInstanceId).stream().findFirst();
    }

    private Outcome importRow(String fileName, Row row, String importedBy) {
        String portalId = row.fields().getOrDefault("portalId", "").strip();
        if (!PORTAL_ID.matcher(portalId).matches()) {
            return refused(fileName, row, portalId, "portalId", portalId.isEmpty() ? "thiếu mã phản ánh trên Cổng"
                    : "mã phản ánh trên Cổng chỉ gồm chữ, số và . _ / - (tối đa 64 ký tự)");
        }
        Optional<String> existing = caseOf(portalId);
        if (existing.isPresent()) {
            return new Outcome(row.line(), portalId, EXISTING, existing.get(), null, null);
        }
        Map<String, Object> variables = new HashMap<>();
        FIELDS.stream().filter(field -> !field.equals("portalId"))
                .forEach(field -> variables.put(field, row.fields().getOrDefault(field, "").strip()));
        variables.put("channel", "portal");
        try {
            FeedbackOpening.check(new StartVariables(variables), WardClock.today());
        } catch (CaseStartException refused) {
            Matcher named = NAMED_FIELD.matcher(refused.getMessage());
            return refused(fileName, row, portalId, named.find() ? named.group(1) : null, refused.getMessage());
        }
        variables.put("portalId", portalId);
        try {
            return transactions.execute(status -> {
                ProcessInstance started = runtime.startProcessInstanceByKey("feedback", variables);
                jdbc.update("INSERT INTO ward_portal_feedback (portal_id, case_number, process_instance_id, imported_at,"
                        + " imported_by) VALUES (?, ?, ?, ?, ?)", portalId, started.getBusinessKey(), started.getId(),
                        Timestamp.from(WardClock.instant()), importedBy);
                return new Outcome(row.line(), portalId, IMPORTED, started.getBusinessKey(), null, null);
            });
        } catch (DuplicateKeyException importedMeanwhile) {
            // another import of the same row committed first; this start was rolled back with the insert
            return new Outcome(row.line(), portalId, EXISTING, caseOf(portalId).orElse(null), null, null);
        } catch (Refusal refused) {
            Matcher named = NAMED_FIELD.matcher(refused.getMessage());
            return refused(fileName, row, portalId, named.find() ? named.group(1) : null, refused.getMessage());
        }
    }

    private Optional<String> caseOf(String portalId) {
        return jdbc.queryForList("SELECT case_number FROM ward_portal_feedback WHERE portal_id = ?", String.class,
                portalId).stream().findFirst();
    }

    private static Outcome refused(String fileName, Row row, String portalId, String field, String message) {
        return new Outcome(row.line(), portalId.isEmpty() ? null : portalId, REFUSED, null, field,
                fileName + " dòng " + row.line() + (field == null ? "" : ", trường " + field) + ": " + message);
    }

    private static int count(List<Outcome> outcomes, String result) {
        return (int) outcomes.stream().filter(outcome -> outcome.result().equals(result)).count();
    }

    private static List<Row> csvRows(String fileName, byte[] content) {
        try {
            return CsvDataFile.read(fileName, new ByteArrayInputStream(content), FIELDS).stream()
                    .map(PortalFeedbackImport::row).toList();
        } catch (DataFileException unreadable) {
            throw new Refusal(unreadable.getMessage() + ". Không phản ánh nào được nhập; sửa tệp rồi nhập lại.");
        }
    }

    private static Row row(DataRow row) {
        return new Row(row.line(), row.fields());
    }

    /** An array of objects; each row's line is where its object begins, as an editor shows it. */
    private List<Row> jsonRows(String fileName, byte[] content) {
        List<Row> rows = new ArrayList<>();
        try (JsonParser parser = json.getFactory().createParser(content)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new Refusal(fileName + " dòng " + parser.currentLocation().getLineNr()
                        + ": tệp JSON phải là một danh sách [ {…}, {…} ] các phản ánh. Không phản ánh nào được nhập.");
            }
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                int line = parser.currentLocation().getLineNr();
                JsonNode node = parser.readValueAsTree();
                Map<String, String> fields = new HashMap<>();
                if (node != null && node.isObject()) {
                    FIELDS.forEach(field -> {
                        JsonNode value = node.get(field);
                        fields.put(field, value == null || value.isNull() ? "" : value.asText());
                    });
                }
                rows.add(new Row(line, fields));
            }
            return rows;
        } catch (JsonProcessingException notJson) {
            throw new Refusal(fileName + (notJson.getLocation() == null ? "" : " dòng " + notJson.getLocation().getLineNr())
                    + ": không phải JSON hợp lệ (" + notJson.getOriginalMessage() + "). Không phản ánh nào được nhập.");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
