package vn.phoyen.workflow.process;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The facts in table {@code ward_case_fact} (db/migration/V2), each case's summary of them in
 * {@code ward_case_summary} (V5) and the settled cases' counts (V12), which the figures count. Writes join the caller's
 * transaction, so a fact recorded by a step that fails goes with the step, and its summary and counts with it.
 */
@Repository
class JdbcCaseFacts implements CaseFacts {

    private static final String COLUMNS = "process_key, process_instance_id, case_number, kind, fact_day, unit";

    private static final String SUMMARY = "SELECT process_key, process_instance_id, case_number, received_on, unit,"
            + " due_on, resolved_on, ended_on FROM ward_case_summary WHERE process_instance_id = ?";

    private final JdbcTemplate jdbc;
    private final JdbcSettledCounts settledCounts;

    JdbcCaseFacts(JdbcTemplate jdbc, JdbcSettledCounts settledCounts) {
        this.jdbc = jdbc;
        this.settledCounts = settledCounts;
    }

    @Override
    public void record(List<CaseFact> facts) {
        Timestamp now = Timestamp.from(WardClock.instant());
        for (CaseFact fact : facts) {
            jdbc.update("INSERT INTO ward_case_fact (" + COLUMNS + ", recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    fact.processKey(), fact.processInstanceId(), fact.caseNumber(), fact.kind().name().toLowerCase(),
                    day(fact.day()), fact.unit(), now);
        }
        facts.stream().collect(Collectors.groupingBy(CaseFact::processInstanceId, TreeMap::new, Collectors.toList()))
                .forEach(this::summarise);
    }

    /**
     * The summary is the case's facts read by {@link RecordedCase}, so it means what the facts mean: the summary of the
     * facts before, and the new ones after it. Its row is locked before it is read, so two steps of one case at once
     * summarise in turn, the second after the first, and each moves the counts from where the other left the case.
     */
    private void summarise(String processInstanceId, List<CaseFact> facts) {
        List<RecordedCase> before = jdbc.query(SUMMARY + " FOR UPDATE", JdbcCaseFacts::summary, processInstanceId);
        RecordedCase kase = RecordedCase.after(before.isEmpty() ? null : before.get(0), facts);
        CaseStanding standing = kase.standing();
        Object[] values = {kase.processKey(), kase.caseNumber(), day(standing.receivedOn()), standing.unit(),
                day(standing.dueOn()), day(kase.resolvedOn()), day(kase.endedOn()), kase.processInstanceId()};
        if (before.isEmpty()) {
            jdbc.update("INSERT INTO ward_case_summary (process_key, case_number, received_on, unit, due_on,"
                    + " resolved_on, ended_on, process_instance_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", values);
        } else if (!before.get(0).equals(kase)) {
            jdbc.update("UPDATE ward_case_summary SET process_key = ?, case_number = ?, received_on = ?, unit = ?,"
                    + " due_on = ?, resolved_on = ?, ended_on = ? WHERE process_instance_id = ?", values);
        }
        settledCounts.move(before.isEmpty() ? null : SettledCase.of(before.get(0)), SettledCase.of(kase));
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

    private static RecordedCase summary(ResultSet row, int number) throws SQLException {
        return new RecordedCase(row.getString("process_key"), row.getString("process_instance_id"),
                row.getString("case_number"), new CaseStanding(day(row, "received_on"), row.getString("unit"),
                        day(row, "due_on")), day(row, "resolved_on"), day(row, "ended_on"));
    }

    private static CaseFact fact(ResultSet row, int number) throws SQLException {
        return new CaseFact(row.getString("process_key"), row.getString("process_instance_id"),
                row.getString("case_number"), CaseFact.Kind.valueOf(row.getString("kind").toUpperCase()),
                day(row, "fact_day"), row.getString("unit"));
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date day = row.getDate(column);
        return day == null ? null : day.toLocalDate();
    }
}
