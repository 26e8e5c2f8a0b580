package vn.phoyen.workflow.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.phoyen.workflow.dashboard.CaseCounting.Status;

/**
 * {@link CaseRecords} over {@code ward_case_summary} (db/migration/V5), one row per case kept by the fact recorder.
 * {@link #STATUS} is {@link CaseCounting#statusAt} in SQL; {@code SqlCountingTest} holds the two to the same answers.
 */
@Repository
class JdbcCaseRecords implements CaseRecords {

    /** A case's status at the end of {@code :standing}; a comparison with a null day is never true, as in Java. */
    private static final String STATUS = "CASE"
            + " WHEN resolved_on <= :standing THEN"
            + " CASE WHEN due_on IS NULL OR resolved_on <= due_on THEN 'ON_TIME' ELSE 'LATE' END"
            + " WHEN resolved_on IS NULL AND ended_on <= :standing THEN 'CLOSED'"
            + " WHEN due_on < :standing THEN 'OVERDUE'"
            + " ELSE 'OPEN' END";

    private static final String RECEIVED = " FROM ward_case_summary WHERE received_on BETWEEN :from AND :to";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCaseRecords(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    /** The statuses counted in SQL; OPEN is what they leave of a group's cases. */
    private static final List<Status> COUNTED = List.of(Status.ON_TIME, Status.LATE, Status.CLOSED, Status.OVERDUE);

    /**
     * One count per status, grouped by procedure and unit only: a handful of groups, counted in one pass. Grouping by
     * the status itself made PostgreSQL expect a group per row and sort the whole period first (a year of 522,000
     * cases: 190–220 ms against 95–100 ms so, on a quiet machine; issue 15).
     */
    private static final String COUNTS = "SELECT process_key, unit, COUNT(*) AS cases"
            + COUNTED.stream().map(status -> ", COUNT(CASE WHEN status = '" + status.name() + "' THEN 1 END) AS "
                    + status.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining())
            + " FROM (SELECT process_key, unit, " + STATUS + " AS status" + RECEIVED + ") c GROUP BY process_key, unit";

    @Override
    public List<CaseCount> count(LocalDate from, LocalDate to, LocalDate standing) {
        List<CaseCount> counts = new ArrayList<>();
        jdbc.query(COUNTS, new MapSqlParameterSource("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                .addValue("standing", Date.valueOf(standing)), row -> {
                    String processKey = row.getString("process_key");
                    String unit = row.getString("unit");
                    int open = row.getInt("cases");
                    for (Status status : COUNTED) {
                        int cases = row.getInt(status.name().toLowerCase(Locale.ROOT));
                        open -= cases;
                        if (cases > 0) {
                            counts.add(new CaseCount(processKey, unit, status, cases));
                        }
                    }
                    if (open > 0) {
                        counts.add(new CaseCount(processKey, unit, Status.OPEN, open));
                    }
                });
        return counts;
    }

    @Override
    public long total(CaseSelection selection) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + selected(selection) + ") c",
                parameters(selection), Long.class);
        return total == null ? 0 : total;
    }

    @Override
    public List<CaseFacts> page(CaseSelection selection, int offset, int limit) {
        return jdbc.query(selected(selection)
                + " ORDER BY received_on DESC, case_number DESC, process_instance_id DESC LIMIT :limit OFFSET :offset",
                parameters(selection).addValue("limit", limit).addValue("offset", offset), JdbcCaseRecords::facts);
    }

    private static String selected(CaseSelection selection) {
        return "SELECT * FROM (SELECT process_key, case_number, process_instance_id, unit, received_on, due_on,"
                + " resolved_on, ended_on, " + STATUS + " AS status" + RECEIVED + " AND process_key IN (:processKeys)"
                + (selection.unit() == null ? "" : " AND unit = :unit") + ") c WHERE status IN (:statuses)";
    }

    private static MapSqlParameterSource parameters(CaseSelection selection) {
        return new MapSqlParameterSource("from", Date.valueOf(selection.from()))
                .addValue("to", Date.valueOf(selection.to())).addValue("standing", Date.valueOf(selection.standing()))
                .addValue("processKeys", selection.processKeys()).addValue("unit", selection.unit())
                .addValue("statuses", selection.statuses().stream().map(Status::name).toList());
    }

    private static CaseFacts facts(ResultSet row, int number) throws SQLException {
        LocalDate resolved = day(row, "resolved_on");
        return new CaseFacts(row.getString("process_key"), row.getString("case_number"),
                row.getString("process_instance_id"), row.getString("unit"), day(row, "received_on"),
                day(row, "due_on"), resolved, resolved == null ? day(row, "ended_on") : null);
    }

    private static LocalDate day(ResultSet row, String column) throws SQLException {
        Date day = row.getDate(column);
        return day == null ? null : day.toLocalDate();
    }
}
