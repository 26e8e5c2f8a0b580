package vn.phoyen.workflow.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import vn.phoyen.workflow.WardWorkflowApplication;
import vn.phoyen.workflow.benchmark.bare.BareCamundaApplication;

/**
 * Issue 15, items 1(a), 1(b), 1(d): lifecycles per second of a feedback case and of a bare 3-user-task process on
 * this system, beside the same 3-user-task process and the feedback model itself (with stand-ins for the ward's beans)
 * on a bare Camunda application, all through REST on one real PostgreSQL server (each application its own database);
 * the database work per lifecycle, which other programs on the machine do not change; startup time and resident
 * memory. Run with {@code mvn -Pbenchmark test}; the figures are printed and written to
 * {@code target/benchmark/lifecycle.md}.
 */
@EnabledIfSystemProperty(named = "ward.benchmark", matches = "true")
class LifecycleBenchmark {

    private static final String NOT_OURS = "--spring.autoconfigure.exclude="
            + "org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration";

    /**
     * {@code -Dbenchmark.openFeedback=N}: N open cases of the benchmark's category in the read model before the feedback
     * phase, a province's backlog, which the duplicate check reads at every start (0: the empty database of the
     * runs before 5 December).
     */
    private static final int OPEN_FEEDBACK = Integer.getInteger("benchmark.openFeedback", 0);

    /**
     * {@code -Dbenchmark.extraVariables=N}: N more text variables in each feedback case's start, kept until the case
     * ends, to measure what a case's variables cost (ADR 0018; 0: the contract's start variables only).
     */
    private static final int EXTRA_VARIABLES = Integer.getInteger("benchmark.extraVariables", 0);

    /** The ward's feedback model and its routing decision, deployed on the bare application too. */
    private static final Path FEEDBACK_MODEL = Path.of("processes/cases");

    private final BenchmarkSettings settings = BenchmarkSettings.fromSystemProperties();
    private final List<String> report = new ArrayList<>();

    /** The measured rounds of one process on one application. */
    private record Measured(String name, List<Load.Round> rounds, DatabaseWork work, CpuTime cpu, int lifecycles) {

        Load.Round median() {
            return rounds.stream().sorted(Comparator.comparingDouble(Load.Round::perSecond)).toList()
                    .get(rounds.size() / 2);
        }

        double perLifecycle(double total) {
            return total / lifecycles;
        }

        long maxRssMiB() {
            return rounds.stream().mapToLong(Load.Round::maxRssKiB).max().orElse(0) / 1024;
        }
    }

    @Test
    void lifecycles() throws Exception {
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
        line("# Lifecycle benchmark, " + OffsetDateTime.now(ZoneOffset.UTC).withNano(0));
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.vm.name")
                + " " + System.getProperty("java.version") + ", load average before the run "
                + Files.readString(Path.of("/proc/loadavg")).split(" ")[0] + "; " + settings + "; "
                + OPEN_FEEDBACK + " open feedback cases of the category before the feedback phase; " + EXTRA_VARIABLES
                + " extra variables per feedback case.");
        try (BenchmarkServer server = BenchmarkServer.start()) {
            Measured bare;
            Measured feedbackModelOnBare;
            double bareStartup;
            String bareUrl = server.createDatabase("bare");
            long began = System.nanoTime();
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(BareCamundaApplication.class,
                    FeedbackModelStandIns.class).run(common(bareUrl, "bare").toArray(String[]::new))) {
                bareStartup = (System.nanoTime() - began) / 1e9;
                app.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
                        .addModelInstance("three-user-tasks.bpmn", ThreeUserTasks.model())
                        .addInputStream("feedback.bpmn", modelFile("feedback.bpmn"))
                        .addInputStream("feedback-routing.dmn", modelFile("feedback-routing.dmn"))
                        .deploy();
                bare = measure("3 user tasks, bare Camunda app", server, "bare", port(app),
                        new ThreeUserTasks("/engine-rest/engine/bare", "demo"), settings.warmUp());
                // the engine is warm by now; the model's own paths (decision, timers, message) get half the warm-up
                feedbackModelOnBare = measure("feedback model, bare Camunda app (stand-ins for the ward's beans)",
                        server, "bare", port(app), FeedbackLifecycle.onBareEngine("/engine-rest/engine/bare"),
                        settings.warmUp().dividedBy(2));
            }
            server.dropDatabase("bare");

            String wardUrl = server.createDatabase("ward");
            List<String> ward = common(wardUrl, "default");
            ward.add("--ward.calendar.directory=target/benchmark/calendar");
            // the benchmark's resident rates hundreds of answers a minute from one address
            ward.add("--ward.portal.lookup-limit=1000000");
            began = System.nanoTime();
            Measured feedback;
            Measured bareOnOurs;
            double wardStartup;
            long authorizationsBefore;
            long authorizationsAfter;
            String authorizationRows;
            long feedbackCases;
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(WardWorkflowApplication.class)
                    .run(ward.toArray(String[]::new))) {
                wardStartup = (System.nanoTime() - began) / 1e9;
                app.getBean(ProcessEngine.class).getRepositoryService().createDeployment()
                        .addModelInstance("three-user-tasks.bpmn", ThreeUserTasks.model()).deploy();
                authorizationsBefore = authorizations(server);
                long casesBefore = feedbackCases(server);
                FeedbackLifecycle.openBacklog(server, OPEN_FEEDBACK);
                feedback = profiled(() -> measure("feedback case, this system", server, "ward", port(app),
                        new FeedbackLifecycle(EXTRA_VARIABLES), settings.warmUp()));
                authorizationsAfter = authorizations(server);
                authorizationRows = authorizationsAfter + " rows; " + authorizationsByResource(server);
                feedbackCases = feedbackCases(server) - casesBefore;
                // the engine's and the web layer's code is warm by now; a shorter warm-up for the process itself
                bareOnOurs = measure("3 user tasks, this system", server, "ward", port(app),
                        new ThreeUserTasks("/engine-rest", "demo"), settings.warmUp().dividedBy(4));
            }
            summary(bare, feedbackModelOnBare, bareOnOurs, feedback, bareStartup, wardStartup,
                    (double) (authorizationsAfter - authorizationsBefore) / feedbackCases, authorizationRows);
            line("");
            line("## Every statement of a feedback lifecycle (calls and exec ms per lifecycle)");
            line("");
            line("| calls | exec ms | rows | statement |");
            line("|---|---|---|---|");
            statements(feedback, Integer.MAX_VALUE);
        }
        Path file = Path.of("target/benchmark/lifecycle.md");
        Files.createDirectories(file.getParent());
        Files.write(file, report, StandardCharsets.UTF_8);
        System.out.println("The figures are in " + file.toAbsolutePath());
    }

    /**
     * With {@code -Dbenchmark.jfr=<file>}, a Java Flight Recording (settings "profile") of the feedback phase only;
     * {@code jfr print --events jdk.ExecutionSample} and BENCHMARKS.md's aggregation name its largest costs.
     */
    private static Measured profiled(java.util.function.Supplier<Measured> phase) throws Exception {
        String file = System.getProperty("benchmark.jfr");
        if (file == null || file.isBlank()) {
            return phase.get();
        }
        try (jdk.jfr.Recording recording = new jdk.jfr.Recording(jdk.jfr.Configuration.getConfiguration("profile"))) {
            recording.start();
            Measured measured = phase.get();
            recording.stop();
            Path target = Path.of(file);
            Files.createDirectories(target.toAbsolutePath().getParent());
            recording.dump(target);
            return measured;
        }
    }

    private static List<String> common(String url, String engine) {
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--spring.datasource.driver-class-name=org.postgresql.Driver",
                "--server.port=0", "--server.address=127.0.0.1",
                "--camunda.bpm.process-engine-name=" + engine, "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off", "--logging.level.root=WARN", NOT_OURS));
        if ("bare".equals(engine)) {
            // none of the ward's configuration (application.yaml) or tables: the starter's defaults, history full
            arguments.addAll(List.of("--spring.config.name=bare-camunda", "--spring.flyway.enabled=false",
                    "--camunda.bpm.history-level=full", "--camunda.bpm.auto-deployment-enabled=false"));
        }
        return arguments;
    }

    /** A file of the ward's feedback model, read whole (the deployment keeps the bytes, not the stream). */
    private static InputStream modelFile(String name) throws IOException {
        return new ByteArrayInputStream(Files.readAllBytes(FEEDBACK_MODEL.resolve(name)));
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private Measured measure(String name, BenchmarkServer server, String database, int port, Lifecycle lifecycle,
            Duration warmUp) {
        RestClient client = new RestClient(port);
        System.out.println("== " + name + ": warm-up " + warmUp.toSeconds() + " s");
        Load.Round warm = Load.run(client, lifecycle, settings.threads(), warmUp);
        System.out.printf(Locale.ROOT, "   warm-up %.1f lifecycles/s%n", warm.perSecond());
        List<Load.Round> rounds = new ArrayList<>();
        DatabaseWork before = DatabaseWork.snapshot(server, database);
        CpuTime cpuBefore = CpuTime.now();
        for (int i = 0; i < settings.rounds(); i++) {
            Load.Round round = Load.run(client, lifecycle, settings.threads(), settings.round());
            System.out.printf(Locale.ROOT, "   round %d: %.2f lifecycles/s, p50 %.0f ms, p95 %.0f ms%n", i + 1,
                    round.perSecond(), round.percentileMillis(0.5), round.percentileMillis(0.95));
            rounds.add(round);
        }
        CpuTime cpu = CpuTime.now().since(cpuBefore);
        DatabaseWork work = DatabaseWork.snapshot(server, database).since(before);
        return new Measured(name, rounds, work, cpu, rounds.stream().mapToInt(Load.Round::lifecycles).sum());
    }

    private void summary(Measured bare, Measured feedbackModelOnBare, Measured bareOnOurs, Measured feedback,
            double bareStartup, double wardStartup, double authorizationsPerCase, String authorizationRows) {
        line("");
        line("| what | lifecycles/s (median) | p50 ms | p95 ms | transactions | statements | FK checks | rows inserted "
                + "| rows updated | rows deleted | DB exec ms | JVM CPU ms | DB CPU ms | max RSS MiB |");
        line("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (Measured measured : List.of(bare, feedbackModelOnBare, bareOnOurs, feedback)) {
            Load.Round median = measured.median();
            DatabaseWork work = measured.work();
            line(String.format(Locale.ROOT,
                    "| %s | %.2f | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d |",
                    measured.name(), median.perSecond(), median.percentileMillis(0.5),
                    median.percentileMillis(0.95), measured.perLifecycle(work.transactions()),
                    measured.perLifecycle(work.statements()), measured.perLifecycle(work.foreignKeyChecks()),
                    measured.perLifecycle(work.rows("insert")),
                    measured.perLifecycle(work.rows("update")), measured.perLifecycle(work.rows("delete")),
                    measured.perLifecycle(work.milliseconds()), measured.perLifecycle(measured.cpu().jvmNanos() / 1e6),
                    measured.perLifecycle(measured.cpu().databaseNanos() / 1e6), measured.maxRssMiB()));
        }
        line("");
        line("Database columns are per lifecycle (pg_stat_statements over all measured rounds: transactions counted by "
                + "their BEGIN, statements without BEGIN/COMMIT and the server's own foreign-key checks; \"DB exec ms\" "
                + "is the server's execution time, which contention inflates). CPU ms per lifecycle: this JVM's (the "
                + "application and the client threads) and the PostgreSQL server's processes', over the measured rounds; "
                + "like lifecycles/s they vary with the host's speed, so compare them within one run. RSS is this "
                + "JVM's VmRSS (/proc/self/status), "
                + "sampled under load; the bare application runs first, so the ward's figure also holds what the "
                + "JVM kept from it.");
        line("");
        double bareRate = bare.median().perSecond();
        line(String.format(Locale.ROOT, "- ratio feedback / bare app: **%.2f×**; 3 user tasks on this system / bare "
                + "app: **%.2f×**", feedback.median().perSecond() / bareRate,
                bareOnOurs.median().perSecond() / bareRate));
        line(String.format(Locale.ROOT, "- the feedback model on the bare app / its 3 user tasks: **%.2f×** (what the "
                + "model costs a stock engine); feedback on this system / the model on the bare app: **%.2f×** (what "
                + "the ward's platform and logic cost)", feedbackModelOnBare.median().perSecond() / bareRate,
                feedback.median().perSecond() / feedbackModelOnBare.median().perSecond()));
        line(String.format(Locale.ROOT, "- startup (SpringApplication.run, webapps off): bare app %.1f s, this "
                + "system %.1f s (second in the JVM)", bareStartup, wardStartup));
        line(String.format(Locale.ROOT, "- authorization rows left per finished feedback case: %.2f (ACT_RU_AUTHORIZATION"
                + " at the end: %s)", authorizationsPerCase, authorizationRows));
        line("");
        line("Statements per lifecycle by area (bare app / feedback model on the bare app / 3 user tasks here / "
                + "feedback):");
        line("");
        line("| area | bare app | feedback model, bare app | 3 user tasks, this system | feedback |");
        line("|---|---|---|---|---|");
        feedback.work().callsByArea().keySet().forEach(area -> line(String.format(Locale.ROOT,
                "| %s | %.1f | %.1f | %.1f | %.1f |", area,
                bare.perLifecycle(bare.work().callsByArea().getOrDefault(area, 0L)),
                feedbackModelOnBare.perLifecycle(feedbackModelOnBare.work().callsByArea().getOrDefault(area, 0L)),
                bareOnOurs.perLifecycle(bareOnOurs.work().callsByArea().getOrDefault(area, 0L)),
                feedback.perLifecycle(feedback.work().callsByArea().get(area)))));
        line("");
        line("Statements of a feedback lifecycle, most calls first (calls and exec ms per lifecycle):");
        line("");
        line("| calls | exec ms | rows | statement |");
        line("|---|---|---|---|");
        statements(feedback, 25);
    }

    private void statements(Measured measured, int count) {
        for (DatabaseWork.Statement statement : measured.work().top(count)) {
            String query = statement.query().replaceAll("\\s+", " ").replace("|", "\\|");
            line(String.format(Locale.ROOT, "| %.2f | %.2f | %.2f | `%s` |", measured.perLifecycle(statement.calls()),
                    measured.perLifecycle(statement.milliseconds()), measured.perLifecycle(statement.rows()),
                    query.length() > 160 ? query.substring(0, 160) + "…" : query));
        }
    }

    private static long authorizations(BenchmarkServer server) throws SQLException {
        return count(server, "SELECT count(*) FROM act_ru_authorization");
    }

    /** The rows cases leave, by resource: tasks, running instances and their history. */
    private static String authorizationsByResource(BenchmarkServer server) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection connection = server.connect("ward"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT resource_type_, count(*), count(removal_time_) FROM "
                     + "act_ru_authorization WHERE resource_type_ IN (7, 8, 19, 20) GROUP BY resource_type_ "
                     + "ORDER BY resource_type_")) {
            while (rows.next()) {
                String resource = switch (rows.getInt(1)) {
                    case 7 -> "TASK";
                    case 8 -> "PROCESS_INSTANCE";
                    case 19 -> "HISTORIC_TASK";
                    default -> "HISTORIC_PROCESS_INSTANCE";
                };
                text.append(text.length() == 0 ? "" : ", ").append(resource).append(' ').append(rows.getLong(2))
                        .append(" (").append(rows.getLong(3)).append(" with a removal time)");
            }
        }
        return text.toString();
    }

    private static long feedbackCases(BenchmarkServer server) throws SQLException {
        return count(server, "SELECT count(*) FROM act_hi_procinst WHERE proc_def_key_ = 'feedback'");
    }

    private static long count(BenchmarkServer server, String sql) throws SQLException {
        try (Connection connection = server.connect("ward"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private void line(String text) {
        System.out.println(text);
        report.add(text);
    }
}
