package vn.phoyen.workflow.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL 15 server for a benchmark run (fsync on, as in production), with pg_stat_statements loaded so
 * the database work of each lifecycle can be counted while other programs compete for the CPU. Each application gets
 * its own database on it.
 */
public final class BenchmarkServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private BenchmarkServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static BenchmarkServer start() {
        try {
            BenchmarkServer server = new BenchmarkServer(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                    .setServerConfig("pg_stat_statements.track", "all")
                    .setServerConfig("pg_stat_statements.max", "10000")
                    .setServerConfig("max_connections", "200")
                    .start());
            // the view the snapshots read (DatabaseWork) lives in the database they are read from
            server.execute("postgres", "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL for the benchmark did not start", e);
        }
    }

    /** Creates the database and returns its JDBC URL (user postgres, no password). */
    public String createDatabase(String name) {
        execute("postgres", "CREATE DATABASE " + name);
        execute(name, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        return url(name);
    }

    /**
     * Drops the database and writes a checkpoint, so that neither autovacuum on its dead rows nor the checkpoint of its
     * writes takes the CPU from what is measured next.
     */
    public void dropDatabase(String name) {
        execute("postgres", "DROP DATABASE " + name + " WITH (FORCE)");
        execute("postgres", "CHECKPOINT");
    }

    public String url(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public Connection connect(String database) throws SQLException {
        return java.sql.DriverManager.getConnection(url(database), "postgres", "");
    }

    private void execute(String database, String sql) {
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
