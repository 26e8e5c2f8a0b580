package vn.phoyen.workflow.process;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts in table {@code ward_case_fact} (db/migration/V2). Writes join the caller's transaction, so a fact
 * recorded by a step that fails goes with the step.
 */
@Repository
class JdbcCaseFacts implements CaseFacts {

    private static final String COLUMNS = "process_key, process_instance_id, case_number, kind, fact_day, unit";

    private final JdbcTemplate jdbc;

    JdbcCaseFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(CaseFact fact) {
        jdbc.update("INSERT INTO ward_case_fact (" + COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                fact.processKey(), fact.processInstanceId(), fact.caseNumber(), fact.kind().name().toLowerCase(),
                fact.day() == null ? null : Date.valueOf(fact.day()), fact.unit(), Timestamp.from(WardClock.instant()));
    }

    @Override
    public List<CaseFact> ofCasesReceived(String processKey, LocalDate from, LocalDate to) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_case_fact WHERE process_instance_id IN"
                + " (SELECT process_instance_id FROM ward_case_fact WHERE process_key = ? AND kind = 'received'"
                + " AND fact_day BETWEEN ? AND ?) ORDER BY process_instance_id, id",
                JdbcCaseFacts::fact, processKey, Date.valueOf(from), Date.valueOf(to));
    }

    @Override
    public List<CaseFact> of(String processInstanceId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM ward_case_fact WHERE process_instance_id = ? ORDER BY id",
                JdbcCaseFacts::fact, processInstanceId);
    }

    @Override
    public Set<String> casesWithFacts(String processKey) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT DISTINCT process_instance_id FROM ward_case_fact WHERE process_key = ?", String.class,
                processKey));
    }

    private static CaseFact fact(ResultSet row, int number) throws SQLException {
        Date day = row.getDate("fact_day");
        return new CaseFact(row.getString("process_key"), row.getString("process_instance_id"),
                row.getString("case_number"), CaseFact.Kind.valueOf(row.getString("kind").toUpperCase()),
                day == null ? null : day.toLocalDate(), row.getString("unit"));
    }
}
