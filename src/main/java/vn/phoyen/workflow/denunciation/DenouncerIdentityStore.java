package vn.phoyen.workflow.denunciation;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The denouncer's identity and every attempt to read it, in tables of their own (db/migration) that neither Cockpit,
 * Tasklist nor the engine's REST API reach.
 */
@Component
public class DenouncerIdentityStore {

    /** A stored case: its number, the accused unit and the identity. */
    public record ProtectedCase(String processInstanceId, String caseNumber, String accusedUnit,
            DenouncerIdentity identity) {
    }

    /** One attempt to read an identity. */
    public record Read(String userId, Date readAt, boolean allowed) {
    }

    private final JdbcTemplate jdbc;

    DenouncerIdentityStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction (the start of the case), so it is kept only if the case starts. */
    public void save(ProtectedCase protectedCase, Date receivedAt) {
        jdbc.update("INSERT INTO ward_denouncer_identity (process_instance_id, case_number, accused_unit, "
                + "denouncer_name, denouncer_contact, recorded_at) VALUES (?, ?, ?, ?, ?, ?)",
                protectedCase.processInstanceId(), protectedCase.caseNumber(), protectedCase.accusedUnit(),
                protectedCase.identity().name(), protectedCase.identity().contact(),
                new Timestamp(receivedAt.getTime()));
        DenouncerIdentity identity = protectedCase.identity();
        if (!identity.idNumber().isEmpty() || !identity.receptionCase().isEmpty()) {
            jdbc.update("INSERT INTO ward_denouncer_visit (process_instance_id, id_number, reception_case) VALUES (?, ?, ?)",
                    protectedCase.processInstanceId(), identity.idNumber(), identity.receptionCase());
        }
    }

    public Optional<ProtectedCase> find(String processInstanceId) {
        return jdbc.query("SELECT i.process_instance_id, i.case_number, i.accused_unit, i.denouncer_name, "
                + "i.denouncer_contact, v.id_number, v.reception_case FROM ward_denouncer_identity i "
                + "LEFT JOIN ward_denouncer_visit v ON v.process_instance_id = i.process_instance_id "
                + "WHERE i.process_instance_id = ?",
                (row, i) -> new ProtectedCase(row.getString(1), row.getString(2), row.getString(3),
                        new DenouncerIdentity(row.getString(4), row.getString(5), row.getString(6), row.getString(7))),
                processInstanceId).stream().findFirst();
    }

    public void recordRead(String processInstanceId, String userId, Date at, boolean allowed) {
        jdbc.update("INSERT INTO ward_denouncer_read (process_instance_id, user_id, read_at, allowed) "
                + "VALUES (?, ?, ?, ?)", processInstanceId, userId, new Timestamp(at.getTime()), allowed);
    }

    public List<Read> reads(String processInstanceId) {
        return jdbc.query("SELECT user_id, read_at, allowed FROM ward_denouncer_read WHERE process_instance_id = ? "
                + "ORDER BY read_at, id",
                (row, i) -> new Read(row.getString(1), new Date(row.getTimestamp(2).getTime()), row.getBoolean(3)),
                processInstanceId);
    }
}
