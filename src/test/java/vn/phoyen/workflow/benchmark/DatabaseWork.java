package vn.phoyen.workflow.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What one database did between two snapshots of pg_stat_statements: statements, commits, rows written by kind and
 * the server's execution time. Counted per statement as it ends, so unlike CPU figures it does not change when other
 * programs share the machine. The snapshots are read from the {@code postgres} database, so reading them adds nothing.
 */
public final class DatabaseWork {

    /** One normalised statement's share. */
    public record Statement(String query, long calls, long rows, double milliseconds) {
    }

    private final Map<Long, Statement> statements;

    private DatabaseWork(Map<Long, Statement> statements) {
        this.statements = statements;
    }

    public static DatabaseWork snapshot(BenchmarkServer server, String database) {
        Map<Long, Statement> statements = new HashMap<>();
        try (Connection connection = server.connect("postgres");
             PreparedStatement query = connection.prepareStatement("""
                     SELECT s.queryid, s.query, s.calls, s.rows, s.total_exec_time FROM pg_stat_statements s
                     JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = ?""")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    statements.merge(rows.getLong(1), new Statement(rows.getString(2), rows.getLong(3),
                            rows.getLong(4), rows.getDouble(5)), DatabaseWork::sum);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("pg_stat_statements: " + e.getMessage(), e);
        }
        return new DatabaseWork(statements);
    }

    private static Statement sum(Statement a, Statement b) {
        return new Statement(a.query(), a.calls() + b.calls(), a.rows() + b.rows(), a.milliseconds() + b.milliseconds());
    }

    /** This snapshot minus an earlier one. */
    public DatabaseWork since(DatabaseWork earlier) {
        Map<Long, Statement> delta = new HashMap<>();
        statements.forEach((id, now) -> {
            Statement before = earlier.statements.get(id);
            Statement change = before == null ? now : new Statement(now.query(), now.calls() - before.calls(),
                    now.rows() - before.rows(), now.milliseconds() - before.milliseconds());
            if (change.calls() > 0) {
                delta.put(id, change);
            }
        });
        return new DatabaseWork(delta);
    }

    /** Statements the application sent, without transaction control and the server's own foreign-key checks. */
    public long statements() {
        return statements.values().stream().filter(s -> !isTransactionControl(s) && !isForeignKeyCheck(s))
                .mapToLong(Statement::calls).sum();
    }

    /**
     * Transactions: the driver opens each with BEGIN (pg_stat_statements does not count COMMIT), so this counts
     * commits and rollbacks alike.
     */
    public long transactions() {
        return statements.values().stream().filter(s -> kind(s).equals("begin")).mapToLong(Statement::calls).sum();
    }

    /** The lookups PostgreSQL runs for each foreign key of a row written. */
    public long foreignKeyChecks() {
        return statements.values().stream().filter(DatabaseWork::isForeignKeyCheck).mapToLong(Statement::calls).sum();
    }

    /**
     * Calls per area, most first: the server's foreign-key checks, transactions, logins (user, groups, tenants of
     * each request), authorizations, the ward's own tables, history, variables, jobs and the rest of the runtime.
     */
    public Map<String, Long> callsByArea() {
        Map<String, Long> areas = new java.util.LinkedHashMap<>();
        statements.values().stream().collect(java.util.stream.Collectors.groupingBy(DatabaseWork::area,
                        java.util.stream.Collectors.summingLong(Statement::calls)))
                .entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(entry -> areas.put(entry.getKey(), entry.getValue()));
        return areas;
    }

    private static String area(Statement statement) {
        String query = statement.query().toLowerCase(Locale.ROOT);
        if (isForeignKeyCheck(statement)) {
            return "foreign-key checks";
        } else if (isTransactionControl(statement)) {
            return "BEGIN";
        } else if (query.matches("(?s).*act_id_(user|group|tenant|membership).*")) {
            return "logins (user, groups, tenants)";
        } else if (query.contains("act_ru_authorization")) {
            return "authorizations";
        } else if (query.contains("ward_")) {
            return "ward tables";
        } else if (query.contains("act_hi_")) {
            return "history";
        } else if (query.contains("act_ru_variable") || query.contains("act_ge_bytearray")) {
            return "variables";
        } else if (query.contains("act_ru_job") || query.contains("meter_log")) {
            return "jobs, meters";
        }
        return "other runtime";
    }

    /** Every statement, most calls first. */
    public List<Statement> all() {
        return top(statements.size());
    }

    private static boolean isForeignKeyCheck(Statement statement) {
        return statement.query().contains("FOR KEY SHARE OF x");
    }

    public long rows(String kind) {
        return statements.values().stream().filter(s -> kind(s).equals(kind)).mapToLong(Statement::rows).sum();
    }

    public double milliseconds() {
        return statements.values().stream().mapToDouble(Statement::milliseconds).sum();
    }

    /** The statements with the most calls, then the most time. */
    public List<Statement> top(int count) {
        List<Statement> sorted = new ArrayList<>(statements.values());
        sorted.sort(Comparator.comparingLong(Statement::calls).reversed()
                .thenComparing(Comparator.comparingDouble(Statement::milliseconds).reversed()));
        return sorted.subList(0, Math.min(count, sorted.size()));
    }

    private static boolean isTransactionControl(Statement statement) {
        String kind = kind(statement);
        return kind.equals("commit") || kind.equals("begin") || kind.equals("rollback");
    }

    private static String kind(Statement statement) {
        String query = statement.query().stripLeading().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < query.length() && Character.isLetter(query.charAt(end))) {
            end++;
        }
        return query.substring(0, end);
    }
}
