package vn.phoyen.workflow.report;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The reports' table: the content as drafted (JSON) and, once issued, the number and the document. */
@Component
class ReportStore {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    ReportStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void saveDraft(String processInstanceId, ReportContent content, Instant draftedAt) {
        jdbc.update("INSERT INTO ward_report (process_instance_id, period, content, drafted_at) VALUES (?, ?, ?, ?)",
                processInstanceId, content.periodCode(), toJson(content), Timestamp.from(draftedAt));
    }

    void saveIssued(String processInstanceId, int year, int number, IssuedReport issued) {
        int updated = jdbc.update("UPDATE ward_report SET report_year = ?, report_number = ?, number_symbol = ?, "
                        + "issued_on = ?, signed_by = ?, file_name = ?, document = ? WHERE process_instance_id = ?",
                year, number, issued.numberSymbol(), issued.issuedOn(), issued.signedBy(), issued.fileName(),
                issued.document(), processInstanceId);
        if (updated != 1) {
            throw new IllegalStateException("không có báo cáo " + processInstanceId + " để ban hành");
        }
    }

    /** The highest number this system has issued in {@code year}, 0 before the first. */
    int lastNumber(int year) {
        Integer last = jdbc.queryForObject("SELECT MAX(report_number) FROM ward_report WHERE report_year = ?",
                Integer.class, year);
        return last == null ? 0 : last;
    }

    /** The period code ("2025-Q2") of the report this system issued with {@code number} in {@code year}, if any. */
    Optional<String> periodNumbered(int year, int number) {
        return jdbc.queryForList("SELECT period FROM ward_report WHERE report_year = ? AND report_number = ?",
                String.class, year, number).stream().findFirst();
    }

    Optional<StoredReport> find(String processInstanceId) {
        return jdbc.query("SELECT content, number_symbol, issued_on, signed_by, file_name, document FROM ward_report "
                        + "WHERE process_instance_id = ?",
                (row, index) -> new StoredReport(fromJson(row.getString("content")),
                        row.getString("number_symbol") == null ? Optional.empty()
                                : Optional.of(new IssuedReport(row.getString("number_symbol"),
                                        row.getObject("issued_on", LocalDate.class), row.getString("signed_by"),
                                        row.getString("file_name"), row.getBytes("document")))),
                processInstanceId).stream().findFirst();
    }

    record StoredReport(ReportContent content, Optional<IssuedReport> issued) {
    }

    /** An issued report: its number and symbol ("05/BC-UBND"), date, signer and the Word document. */
    record IssuedReport(String numberSymbol, LocalDate issuedOn, String signedBy, String fileName, byte[] document) {
    }

    private String toJson(ReportContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("không ghi được nội dung báo cáo", e);
        }
    }

    private ReportContent fromJson(String text) {
        try {
            return json.readValue(text, ReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("không đọc được nội dung báo cáo đã lưu", e);
        }
    }
}
