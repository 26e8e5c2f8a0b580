package vn.phoyen.workflow.dashboard;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.phoyen.workflow.dashboard.CaseCounting.Status;
import vn.phoyen.workflow.process.CaseStanding;

/**
 * {@link CaseRecords} over {@code ward_case_summary} (db/migration/V5), one row per case, and
 * {@code ward_case_settled_count} (V12), both kept by the fact recorder. {@link #STATUS} is {@link CaseCounting#statusAt}
 * in SQL, and {@link #count} counts what it would; {@code SqlCountingTest} holds them to the same answers.
 */
@Repository
class JdbcCaseRecords implements CaseRecords {

    /** Resolved on time: no later than its due day, or it has none (QĐ 766; {@link CaseStanding#resolvedOnTime}). */
    private static final String ON_TIME = "(due_on IS NULL OR resolved_on <= due_on)";

    /** A case's status at the end of {@code :standing}; a comparison with a null day is never true, as in Java. */
    private static final String STATUS = "CASE"
            + " WHEN resolved_on <= :standing THEN CASE WHEN " + ON_TIME + " THEN 'ON_TIME' ELSE 'LATE' END"
            + " WHEN resolved_on IS NULL AND ended_on <= :standing THEN 'CLOSED'"
            + " WHEN due_on < :standing THEN 'OVERDUE'"
            + " ELSE 'OPEN' END";

    private static final String RECEIVED = " FROM ward_case_summary WHERE received_on BETWEEN :from AND :to";

    /**
     * The settled cases of the period by how they were settled, whenever that was: a few rows per day, added up
     * (db/migration/V12). The cases settled after the standing day are taken off again by {@link #NOT_SETTLED}.
     */
    private static final String SETTLED = "SELECT process_key, NULLIF(unit, '') AS unit, SUM(on_time) AS on_time,"
            + " SUM(late) AS late, SUM(closed) AS closed FROM ward_case_settled_count"
            + " WHERE received_on BETWEEN :from AND :to GROUP BY process_key, unit";

    /**
     * The cases of the period not settled at the end of the standing day, counted from their summaries: how each was
     * settled later, if it was (as {@link #SETTLED} counts it), and how many are overdue. Filtering them out of the
     * received day's index is much cheaper than aggregating every case of the period (a province's year of 522,829
     * cases: 57–83 ms against 323–395 ms; BENCHMARKS.md, change 27).
     */
    private static final String NOT_SETTLED = "SELECT process_key, unit, COUNT(*) AS cases,"
            + " COUNT(CASE WHEN resolved_on IS NOT NULL AND " + ON_TIME + " THEN 1 END)"
            + " AS on_time, COUNT(CASE WHEN resolved_on > due_on THEN 1 END) AS late,"
            + " COUNT(CASE WHEN resolved_on IS NULL AND ended_on IS NOT NULL THEN 1 END) AS closed,"
            + " COUNT(CASE WHEN due_on < :standing THEN 1 END) AS overdue" + RECEIVED
            + " AND (resolved_on > :standing OR (resolved_on IS NULL AND (ended_on IS NULL OR ended_on > :standing)))"
            + " GROUP BY process_key, unit";

    private static final List<Status> SETTLED_STATUSES = List.of(Status.ON_TIME, Status.LATE, Status.CLOSED);

    /** One procedure's cases in one unit (null: in none yet). */
    private record Group(String processKey, String unit) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCaseRecords(JdbcTemplate jdbc) {
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
    }

    @Override
    public List<CaseCount> count(LocalDate from, LocalDate to, LocalDate standing) {
        MapSqlParameterSource period = new MapSqlParameterSource("from", Date.valueOf(from))
                .addValue("to", Date.valueOf(to)).addValue("standing", Date.valueOf(standing));
        Map<Group, int[]> groups = new LinkedHashMap<>();
        jdbc.query(SETTLED, period, row -> {
            int[] cases = groups.computeIfAbsent(group(row), group -> new int[Status.values().length]);
            for (Status status : SETTLED_STATUSES) {
                cases[status.ordinal()] += column(row, status);
            }
        });
        jdbc.query(NOT_SETTLED, period, row -> {
            int[] cases = groups.computeIfAbsent(group(row), group -> new int[Status.values().length]);
            for (Status status : SETTLED_STATUSES) {
                cases[status.ordinal()] -= column(row, status);
            }
            int overdue = column(row, Status.OVERDUE);
            cases[Status.OVERDUE.ordinal()] += overdue;
            cases[Status.OPEN.ordinal()] += row.getInt("cases") - overdue;
        });
        List<CaseCount> counts = new ArrayList<>();
        groups.forEach((group, cases) -> {
            for (Status status : Status.values()) {
                if (cases[status.ordinal()] > 0) {
                    counts.add(new CaseCount(group.processKey(), group.unit(), status, cases[status.ordinal()]));
                }
            }
        });
        return counts;
    }

    private static Group group(ResultSet row) throws SQLException {
        return new Group(row.getString("process_key"), row.getString("unit"));
    }

    private static int column(ResultSet row, Status status) throws SQLException {
        return row.getInt(status.name().toLowerCase(Locale.ROOT));
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
