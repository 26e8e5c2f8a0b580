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
 * The facts in table {@code ward_case_fact} (db/migration/V2), and each case's summary of them in
 * {@code ward_case_summary} (V5), which the figures count. Writes join the caller's transaction, so a fact recorded by
 * a step that fails goes with the step, and its summary with it.
 */
@Repository
class JdbcCaseFacts implements CaseFacts {

    private static final String COLUMNS = "process_key, process_instance_id, case_number, kind, fact_day, unit";

    private final JdbcTemplate jdbc;

    JdbcCaseFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(List<CaseFact> facts) {
        Timestamp now = Timestamp.from(WardClock.instant());
        for (CaseFact fact : facts) {
            jdbc.update("INSERT INTO ward_case_fact (" + COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    fact.processKey(), fact.processInstanceId(), fact.caseNumber(), fact.kind().name().toLowerCase(),
                    day(fact.day()), fact.unit(), now);
        }
        facts.stream().map(CaseFact::processInstanceId).distinct()
                .forEach(processInstanceId -> summarise(RecordedCase.of(of(processInstanceId))));
    }

    /** The summary is read from all the case's facts by {@link RecordedCase}, so it means what the facts mean. */
    private void summarise(RecordedCase kase) {
        CaseStanding standing = kase.standing();
        Object[] values = {kase.processKey(), kase.caseNumber(), day(standing.receivedOn()), standing.unit(),
                day(standing.dueOn()), day(kase.resolvedOn()), day(kase.endedOn()), kase.processInstanceId()};
        if (jdbc.update("UPDATE ward_case_summary SET process_key = ?, case_number = ?, received_on = ?, unit = ?,"
                + " due_on = ?, resolved_on = ?, ended_on = ? WHERE process_instance_id = ?", values) == 0) {
            jdbc.update("INSERT INTO ward_case_summary (process_key, case_number, received_on, unit, due_on,"
                    + " resolved_on, ended_on, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    private static Date day(LocalDate day) {
        return day == null ? null : Date.valueOf(day);
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
