package vn.phoyen.workflow.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The dossiers in {@code ward_dossier} (V6): one row per dossier code. */
@Repository
class DossierStore {

    /** What saving one exported row did. */
    enum Outcome { INSERTED, UPDATED, KEPT }

    static final String COLUMNS = "code, procedure_name, field, unit, channel, received_on, appointment_on, settled_on,"
            + " returned_on, status, digitised, evaluation, updated_at";

    private static final String PENDING = "status IN ('received', 'processing')";

    private final JdbcTemplate jdbc;

    DossierStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The row for the dossier's code, unless the stored one was updated later in the one-stop system: a state is never
     * replaced by an older one (an old export imported again, a file out of order). At the same moment the row is
     * rewritten, so a corrected export of the same moment wins.
     */
    Outcome save(Dossier dossier, String file, Instant importedAt) {
        Object[] values = {dossier.procedureName(), dossier.field().code(), dossier.unit(), dossier.channel().code(),
                dossier.received(), dossier.appointment(), dossier.settled(), dossier.returned(),
                dossier.status().code(), dossier.digitised(),
                dossier.evaluation() == null ? null : dossier.evaluation().code(),
                dossier.evaluation() != null && dossier.evaluation().dissatisfied(),
                Timestamp.valueOf(dossier.updated()), file, Timestamp.from(importedAt), dossier.code(),
                Timestamp.valueOf(dossier.updated())};
        int updated = jdbc.update("UPDATE ward_dossier SET procedure_name = ?, field = ?, unit = ?, channel = ?,"
                + " received_on = ?, appointment_on = ?, settled_on = ?, returned_on = ?, status = ?, digitised = ?,"
                + " evaluation = ?, dissatisfied = ?, updated_at = ?, source_file = ?, imported_at = ?"
                + " WHERE code = ? AND updated_at <= ?", values);
        if (updated == 1) {
            return Outcome.UPDATED;
        }
        if (exists(dossier.code())) {
            return Outcome.KEPT;
        }
        try {
            jdbc.update("INSERT INTO ward_dossier (procedure_name, field, unit, channel, received_on, appointment_on,"
                    + " settled_on, returned_on, status, digitised, evaluation, dissatisfied, updated_at, source_file,"
                    + " imported_at, code) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    java.util.Arrays.copyOf(values, values.length - 1));
            return Outcome.INSERTED;
        } catch (DuplicateKeyException insertedMeanwhile) {
            // another import of the same dossier (the watched directory and an upload at once): try once more
            return save(dossier, file, importedAt);
        }
    }

    private boolean exists(String code) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier WHERE code = ?", Integer.class, code) > 0;
    }

    Optional<Dossier> find(String code) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_dossier WHERE code = ?", DossierStore::dossier, code)
                .stream().findFirst();
    }

    /** Pending dossiers whose appointment passed before {@code today} and that have no late process yet. */
    List<Dossier> lateWithoutProcess(LocalDate today) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_dossier WHERE " + PENDING
                + " AND appointment_on < ? AND late_process_instance_id IS NULL ORDER BY appointment_on, code",
                DossierStore::dossier, today);
    }

    /**
     * Claims the dossier for its one late process, so that two follow-ups at once start one; called in the transaction
     * that starts the process, which holds the row until it commits.
     *
     * @return false when another follow-up claimed it first
     */
    boolean claimLateProcess(String code) {
        return jdbc.update("UPDATE ward_dossier SET late_process_instance_id = 'starting' WHERE code = ?"
                + " AND late_process_instance_id IS NULL", code) == 1;
    }

    void lateProcessStarted(String code, String processInstanceId) {
        jdbc.update("UPDATE ward_dossier SET late_process_instance_id = ? WHERE code = ?", processInstanceId, code);
    }

    /** Codes of the dossiers with a late process still followed whose export now shows them settled or withdrawn. */
    List<String> settledWithOpenLateProcess() {
        return jdbc.queryForList("SELECT code FROM ward_dossier WHERE late_process_instance_id IS NOT NULL"
                + " AND late_closed = FALSE AND NOT (" + PENDING + ") ORDER BY code", String.class);
    }

    void lateProcessClosed(String code) {
        jdbc.update("UPDATE ward_dossier SET late_closed = TRUE WHERE code = ?", code);
    }

    /** Pending dossiers with an appointment from {@code from} to {@code to}, not yet warned for that appointment. */
    List<Dossier> pendingNotWarned(LocalDate from, LocalDate to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_dossier WHERE " + PENDING
                + " AND appointment_on BETWEEN ? AND ? AND (warned_for IS NULL OR warned_for <> appointment_on)"
                + " ORDER BY unit, appointment_on, code", DossierStore::dossier, from, to);
    }

    /**
     * Marks a dossier warned for its appointment; false when it already was, e.g. by another node following up the same
     * morning, so each warning goes out once however many nodes run.
     */
    boolean claimWarning(String code, LocalDate appointment) {
        return jdbc.update("UPDATE ward_dossier SET warned_for = ? WHERE code = ?"
                + " AND (warned_for IS NULL OR warned_for <> ?)", appointment, code, appointment) == 1;
    }

    void apologySigned(String code, LocalDate newAppointment) {
        jdbc.update("UPDATE ward_dossier SET apology_appointment_on = ? WHERE code = ?", newAppointment, code);
    }

    /** Pending dossiers past their appointment on {@code today}, land or the others, oldest appointment first. */
    List<DossierLine> late(LocalDate today, boolean land, int limit) {
        return jdbc.query("SELECT " + COLUMNS + ", late_process_instance_id, apology_appointment_on FROM ward_dossier"
                + " WHERE " + PENDING + " AND appointment_on < ? AND " + (land ? "field = ?" : "field <> ?")
                + " ORDER BY appointment_on, code LIMIT ?", LINE, today, ProcedureField.LAND.code(), limit);
    }

    long countLate(LocalDate today, boolean land) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier WHERE " + PENDING + " AND appointment_on < ? AND "
                + (land ? "field = ?" : "field <> ?"), Long.class, today, ProcedureField.LAND.code());
    }

    int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier", Integer.class);
    }

    static Dossier dossier(ResultSet rs, int row) throws SQLException {
        String evaluation = rs.getString("evaluation");
        return new Dossier(rs.getString("code"), rs.getString("procedure_name"),
                ProcedureField.ofCode(rs.getString("field")).orElseThrow(), rs.getString("unit"),
                Channel.ofCode(rs.getString("channel")).orElseThrow(), day(rs, "received_on"),
                day(rs, "appointment_on"), day(rs, "settled_on"), day(rs, "returned_on"),
                DossierStatus.ofCode(rs.getString("status")).orElseThrow(), rs.getBoolean("digitised"),
                evaluation == null ? null : new Evaluation(evaluation),
                rs.getTimestamp("updated_at").toLocalDateTime());
    }

    static LocalDate day(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    /** A row mapper for the lists: the dossier with what the ward did about it. */
    static final RowMapper<DossierLine> LINE = (rs, row) -> new DossierLine(dossier(rs, row),
            rs.getString("late_process_instance_id"), day(rs, "apology_appointment_on"));

    /** A dossier as the lists show it. */
    record DossierLine(Dossier dossier, String lateProcessInstanceId, LocalDate apologyAppointment) {
    }
}
