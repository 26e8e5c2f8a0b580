package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migrations as application.yaml runs them (ADR 0007): a ward's database made by the former schema/*.sql scripts
 * keeps its rows and the engine's tables, and only the later versions run on it; a new database gets every version.
 */
class SchemaMigrationsTest {

    /** The versions under db/migration, in order. */
    private static final List<Integer> VERSIONS = migrationVersions();
    private static final int MIGRATIONS = VERSIONS.size();

    @Test
    void theVersionsAreNumberedOneByOneWithoutAGap() {
        // a gap would let a later migration file with the missing number run out of order on a ward's database
        assertThat(VERSIONS).isEqualTo(IntStream.rangeClosed(1, MIGRATIONS).boxed().toList());
    }

    @Test
    void aWardsDatabaseFromTheFormerScriptsKeepsItsRowsAndGetsTheFactTable() throws SQLException {
        DataSource database = database("former-scripts");
        try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
            // as schema/cases.sql created it at every start, with a case numbered, beside an engine table
            sql.execute("CREATE TABLE IF NOT EXISTS ward_case_counter (kind VARCHAR(10) NOT NULL,"
                    + " case_year INTEGER NOT NULL, last_number INTEGER NOT NULL, PRIMARY KEY (kind, case_year))");
            sql.execute("INSERT INTO ward_case_counter VALUES ('KN', 2026, 7)");
            sql.execute("CREATE TABLE ACT_GE_PROPERTY (NAME_ VARCHAR(64) PRIMARY KEY, VALUE_ VARCHAR(300), REV_ INTEGER)");
            sql.execute("INSERT INTO ACT_GE_PROPERTY VALUES ('schema.version', '7.24.0', 1)");
        }

        assertThat(migrate(database).migrationsExecuted).isEqualTo(MIGRATIONS);

        JdbcTemplate jdbc = new JdbcTemplate(database);
        assertThat(jdbc.queryForObject("SELECT last_number FROM ward_case_counter WHERE kind = 'KN'", Integer.class))
                .isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT VALUE_ FROM ACT_GE_PROPERTY", String.class)).isEqualTo("7.24.0");
        // the baseline stands for the scripts, and every version after it ran, in order
        List<Tuple> versions = new ArrayList<>(List.of(tuple("0", "BASELINE")));
        VERSIONS.forEach(version -> versions.add(tuple(String.valueOf(version), "SQL")));
        assertThat(flyway(database).info().applied()).extracting(info -> info.getVersion().getVersion(),
                info -> info.getType().name()).containsExactlyElementsOf(versions);
        // what the scripts had not made yet is there
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_feedback", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_fact", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_unit_commendation", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_plan_edition", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_dossier", Integer.class)).isZero();
        // a second start finds nothing to do
        assertThat(migrate(database).migrationsExecuted).isZero();
    }

    @Test
    void aNewDatabaseGetsEveryVersion() {
        DataSource database = database("new");
        assertThat(migrate(database).migrationsExecuted).isEqualTo(MIGRATIONS);
        JdbcTemplate jdbc = new JdbcTemplate(database);
        jdbc.update("INSERT INTO ward_feedback (tracking_code, case_number, process_instance_id, category, title,"
                + " fingerprint, sender_name, sender_contact, lead_unit, received_date, due_date, status, notice)"
                + " VALUES ('T', 'PA-1', 'pi', 'c', 't', 'f', 's', 'c', 'vp', DATE '2026-03-02', DATE '2026-03-16',"
                + " 'received', 'Bổ sung địa chỉ')");
        assertThat(jdbc.queryForObject("SELECT notice FROM ward_feedback", String.class)).isEqualTo("Bổ sung địa chỉ");
    }

    @Test
    void theCaseSummaryIsFilledFromTheFactsAlreadyRecorded() {
        DataSource database = databaseAt("facts-before-summary", "4");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        // a complaint received, moved to another unit, its due day changed, resolved twice and ended; a feedback
        // case received with no unit yet
        String insert = "INSERT INTO ward_case_fact (process_key, process_instance_id, case_number, kind, fact_day, "
                + "unit, recorded_at) VALUES (?, ?, ?, ?, ?, ?, TIMESTAMP '2026-03-02 09:00:00')";
        jdbc.update(insert, "complaint", "pi-1", null, "received", Date.valueOf("2026-03-02"), null);
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "unit", null, "vp");
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "due", Date.valueOf("2026-04-01"), null);
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "unit", null, "kthtdt");
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "due", Date.valueOf("2026-04-15"), null);
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "resolved", Date.valueOf("2026-04-10"), null);
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "resolved", Date.valueOf("2026-04-12"), null);
        jdbc.update(insert, "complaint", "pi-1", "KN-2026-0001", "ended", Date.valueOf("2026-04-20"), null);
        jdbc.update(insert, "feedback", "pi-2", "PA-2026-0001", "received", Date.valueOf("2026-03-05"), null);

        assertThat(migrate(database).migrationsExecuted).isEqualTo(MIGRATIONS - 4);

        assertThat(jdbc.queryForMap("SELECT * FROM ward_case_summary WHERE process_instance_id = 'pi-1'"))
                .containsEntry("PROCESS_KEY", "complaint").containsEntry("CASE_NUMBER", "KN-2026-0001")
                .containsEntry("RECEIVED_ON", Date.valueOf("2026-03-02")).containsEntry("UNIT", "kthtdt")
                .containsEntry("DUE_ON", Date.valueOf("2026-04-15")).containsEntry("RESOLVED_ON", Date.valueOf("2026-04-10"))
                .containsEntry("ENDED_ON", Date.valueOf("2026-04-20"));
        assertThat(jdbc.queryForMap("SELECT * FROM ward_case_summary WHERE process_instance_id = 'pi-2'"))
                .containsEntry("PROCESS_KEY", "feedback").containsEntry("UNIT", null).containsEntry("RESOLVED_ON", null);
        // and the settled cases counted: pi-1 resolved on time (10/04, due 15/04) in its last unit; pi-2 not settled
        assertThat(jdbc.queryForList("SELECT * FROM ward_case_settled_count")).singleElement()
                .isEqualTo(Map.of("RECEIVED_ON", Date.valueOf("2026-03-02"), "PROCESS_KEY", "complaint", "UNIT", "kthtdt",
                        "ON_TIME", 1, "LATE", 0, "CLOSED", 0));
    }

    @Test
    void feedbackRegisteredBeforeTheIntakeOrderIsNumberedAndNewCasesComeAfterIt() {
        DataSource database = databaseAt("intake-order", "12");
        JdbcTemplate jdbc = new JdbcTemplate(database);
        String insert = "INSERT INTO ward_feedback (tracking_code, case_number, process_instance_id, category, title,"
                + " fingerprint, sender_name, sender_contact, lead_unit, received_date, due_date, status) VALUES (?, ?,"
                + " ?, 'ha-tang', 't', 'f', 's', 'c', 'kthtdt', DATE '2026-03-02', DATE '2026-03-16', 'received')";
        jdbc.update(insert, "T1", "PA-2026-0001", "pi-1");
        jdbc.update(insert, "T2", "PA-2026-0002", "pi-2");

        assertThat(migrate(database).migrationsExecuted).isEqualTo(MIGRATIONS - 12);
        jdbc.update(insert, "T3", "PA-2026-0003", "pi-3");

        List<Long> before = jdbc.queryForList("SELECT intake_order FROM ward_feedback WHERE tracking_code <> 'T3'",
                Long.class);
        assertThat(before).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("SELECT intake_order FROM ward_feedback WHERE tracking_code = 'T3'", Long.class))
                .isGreaterThan(before.stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    /** Flyway as application.yaml sets it up (Spring Boot's defaults otherwise: classpath:db/migration). */
    static MigrateResult migrate(DataSource database) {
        return flyway(database).migrate();
    }

    static Flyway flyway(DataSource database) {
        return Flyway.configure().dataSource(database).locations("classpath:db/migration").baselineOnMigrate(true)
                .baselineVersion("0").load();
    }

    private static List<Integer> migrationVersions() {
        try {
            return Arrays.stream(new PathMatchingResourcePatternResolver()
                    .getResources("classpath:db/migration/V*__*.sql"))
                    .map(file -> Integer.valueOf(file.getFilename().substring(1, file.getFilename().indexOf("__"))))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new database migrated up to the given version only, as a ward's database was before the later ones. */
    private static DataSource databaseAt(String name, String version) {
        DataSource database = database(name);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
        return database;
    }

    static DataSource database(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:migrations-" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }
}
