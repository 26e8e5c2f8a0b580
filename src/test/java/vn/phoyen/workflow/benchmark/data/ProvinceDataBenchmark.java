package vn.phoyen.workflow.benchmark.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.TestDatabase;
import vn.phoyen.workflow.benchmark.data.TemplateCases.Template;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.feedback.Satisfaction;

/**
 * Issue 15, item 1(c): a province's data on the test PostgreSQL, then the calls staff and residents make, timed through
 * HTTP; it prints figures and asserts none (BENCHMARKS.md, "At a million cases").
 *
 * <p>Loading: a handful of real cases run through the real models on the engine ({@link TemplateCases}), then their
 * rows are copied in SQL ({@link CaseCloner}: {@code INSERT … SELECT} over {@code generate_series}, new ids, days spread
 * over 2025–2026, lead units in turn), so the data has the shape the models, the engine's history level and
 * authorizations and the ward's fact recorder give it today. Finished: 1,000,000 cases by default (60% web feedback
 * answered and rated, 25% citizen receptions, 15% complaints refused at acceptance), received 01/01/2025–30/11/2026.
 * Open: 100,000 tasks by default, each a running instance with its executions, tasks, candidate groups, variables,
 * timers and grants copied (feedback waiting for triage, for assignment by the lead unit's heads, for the assigned
 * officer's answer; complaints waiting for acceptance; receptions being logged), received over the last 60 days.
 * {@code -Dward.benchmark.scale=0.05} loads 5% of both, {@code -Dward.benchmark.open-scale=1} all the open tasks
 * whatever the scale of the finished cases, {@code -Dward.benchmark.wards=92} the open tasks spread over a province's
 * 92 communes and wards (this ward's units hold one in 92; the others' staff are named {@code w<k>-…}). Nothing is dropped or disabled while loading.
 *
 * <p>Then, after two minutes of warm-up, the median of three rounds' p50/p95/p99 of: Tasklist's "Việc của đơn vị" and
 * "Việc của tôi" for kthtdt.officer (the filters' list call as Tasklist makes it, HAL with a page of 15), the
 * dashboard's open-tasks call, the residents' status look-up, and the dashboard for a quarter and a year as vhxh.head.
 *
 * <p>Run: {@code mvn -B -o test -Dtest=ProvinceDataBenchmark -Dward.benchmark=true -Djacoco.skip=true
 * -Dsurefire.failIfNoSpecifiedTests=false} (the build's PostgreSQL execution runs it; add
 * {@code -Dward.benchmark.scale=0.05} for a quick run, {@code -Dward.benchmark.iterations=} for the number of timed
 * calls per round, 200 by default, {@code -Dward.benchmark.warmup=} for the warm-up's seconds, 120,
 * {@code -Dward.benchmark.rounds=}, 3, {@code -Dward.benchmark.hold-minutes=} to keep the database up afterwards,
 * {@code -Dward.benchmark.lean-history=true} to copy the finished cases without {@link #UNREAD_HISTORY}).
 */
@EngineTest
@EnabledIfSystemProperty(named = "ward.benchmark", matches = "true")
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres")
// the look-ups are timed from one client address: the residents' rate limit would answer 429 after 60
@TestPropertySource(properties = "ward.portal.lookup-limit=100000000")
class ProvinceDataBenchmark {

    static final int OPEN_TASKS = 100_000;
    static final int FINISHED_CASES = 1_000_000;
    static final int CHUNK = 25_000;

    /**
     * The history tables no timed call reads for a case (the calls read the runtime tables, the grants, ward_* and,
     * for the plan's figures, the history of the plan's own instances by their ids): with
     * {@code -Dward.benchmark.lean-history=true} the finished cases are copied without them, so a million fit on a
     * disk of 80 GB (with them: ~78 MB per 1,000 finished cases).
     */
    static final Set<String> UNREAD_HISTORY = Set.of("act_hi_detail", "act_hi_actinst", "act_hi_identitylink",
            "act_hi_op_log", "act_hi_job_log", "act_hi_decinst", "act_hi_dec_in", "act_hi_dec_out");

    /** Shares of the finished cases and of the open tasks, by template (in {@link TemplateCases#run()}'s order). */
    static final Map<String, Double> SHARES = new LinkedHashMap<>();

    static {
        SHARES.put("feedback, answered and rated", 0.60);
        SHARES.put("complaint, refused at acceptance", 0.15);
        SHARES.put("citizen reception, answered on the spot", 0.25);
        SHARES.put("feedback, open at triage", 0.15);
        SHARES.put("feedback, open at assign", 0.20);
        SHARES.put("feedback, open at draft", 0.40);
        SHARES.put("complaint, open at acceptance", 0.10);
        SHARES.put("citizen reception, open at logging", 0.15);
    }

    @Autowired
    ProcessEngine engine;

    @Autowired
    ResidentFeedback residents;

    @Autowired
    Satisfaction satisfaction;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate rest;

    @Test
    void printsTheListsAndFiguresAtAProvincesScale() {
        double scale = Double.parseDouble(System.getProperty("ward.benchmark.scale", "1"));
        double openScale = Double.parseDouble(System.getProperty("ward.benchmark.open-scale", String.valueOf(scale)));
        int iterations = Integer.getInteger("ward.benchmark.iterations", 200);
        load((int) Math.round(FINISHED_CASES * scale), (int) Math.round(OPEN_TASKS * openScale),
                Integer.getInteger("ward.benchmark.wards", 1));

        String unitList = filterList("Việc của đơn vị");
        String myList = filterList("Việc của tôi");
        System.out.printf("benchmark: %s tasks in \"Việc của đơn vị\" of kthtdt.officer, %s in \"Việc của tôi\";"
                + " %s in \"Việc của đơn vị\" of vp.officer%n", count("kthtdt.officer", unitList),
                count("kthtdt.officer", myList), count("vp.officer", unitList));
        List<String> codes = jdbc.queryForList("SELECT tracking_code FROM ward_feedback ORDER BY md5(tracking_code)"
                + " LIMIT 1000", String.class);
        Map<String, IntFunction<ResponseEntity<String>>> calls = new LinkedHashMap<>();
        calls.put("Việc của đơn vị (kthtdt.officer, 15 per page)", round -> post("kthtdt.officer", unitList));
        calls.put("Việc của tôi (kthtdt.officer, 15 per page)", round -> post("kthtdt.officer", myList));
        calls.put("Việc của đơn vị (vp.officer, the largest unit, 15 per page)", round -> post("vp.officer", unitList));
        calls.put("status look-up GET /api/public/feedback/{code}",
                round -> rest.getForEntity("/api/public/feedback/" + codes.get(round % codes.size()), String.class));
        calls.put("dashboard, quarter (2026-Q3)",
                round -> get("vhxh.head", "/api/dashboard?from=2026-07-01&to=2026-09-30"));
        calls.put("dashboard, year (2025)", round -> get("vhxh.head", "/api/dashboard?from=2025-01-01&to=2025-12-31"));
        // the year's ratings alone, as the dashboard counts them (in the process, no HTTP): its share of the year
        calls.put("the year's ratings alone (Satisfaction.perUnit, 2025, no HTTP)", round -> ResponseEntity.ok(
                String.valueOf(satisfaction.perUnit(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))));
        calls.put("dashboard's cases behind a figure (year, vp, late, page 50 of 20)",
                round -> get("vhxh.head", "/api/dashboard/cases?from=2025-01-01&to=2025-12-31&unit=vp&status=late"
                        + "&page=50&size=20"));
        String openTasks = "dashboard's open tasks GET /api/open-tasks (page 1 of 50)";
        calls.put(openTasks, round -> get("vhxh.head", "/api/open-tasks?page=1&size=50"));
        // as the targets are measured: every call warmed up together for two minutes (the JIT compiles the
        // paths the calls share), then the median of three rounds
        Map<String, Long> readsBefore = tableReads();
        Map<String, Integer> sizes = warmUp(calls, openTasks, Integer.getInteger("ward.benchmark.warmup", 120));
        int rounds = Integer.getInteger("ward.benchmark.rounds", 3);
        Map<String, List<long[]>> timed = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, IntFunction<ResponseEntity<String>>> call : calls.entrySet()) {
                long[] micros = time(call.getValue(), call.getKey().equals(openTasks)
                        ? Integer.getInteger("ward.benchmark.open-tasks-iterations", 1) : iterations);
                System.out.printf("benchmark: round %d: %s | %s | %s | %s%n", round, call.getKey(), ms(micros, 0.50),
                        ms(micros, 0.95), ms(micros, 0.99));
                timed.computeIfAbsent(call.getKey(), what -> new ArrayList<>()).add(micros);
            }
        }
        printTablesRead(readsBefore);
        hold();
        System.out.printf("benchmark: median of %d rounds (each call's p50, p95 and p99 the median of the rounds'; max"
                + " over all rounds)%n", rounds);
        System.out.println("benchmark: | call | p50 ms | p95 ms | p99 ms | max ms | calls per round | answer bytes |");
        System.out.println("benchmark: |---|---|---|---|---|---|---|");
        timed.forEach((what, perRound) -> System.out.println("benchmark: | " + String.join(" | ", what,
                medianOfRounds(perRound, 0.50), medianOfRounds(perRound, 0.95), medianOfRounds(perRound, 0.99),
                maxOfRounds(perRound),
                String.valueOf(perRound.get(0).length), String.format("%,d", sizes.get(what))) + " |"));
    }

    private void load(int finished, int openTasks, int wards) {
        long started = System.nanoTime();
        List<Template> templates = new TemplateCases(engine, residents).run();
        System.out.printf("benchmark: %d template cases run through the models in %d ms%n", templates.size(),
                (System.nanoTime() - started) / 1_000_000);
        long before = rows();
        CaseCloner cloner = new CaseCloner(jdbc);
        List<String> indexes = cloner.dropHistoryIndexes();
        Set<String> leftOutOfFinished = Boolean.getBoolean("ward.benchmark.lean-history") ? UNREAD_HISTORY : Set.of();
        long copy = 1;
        for (Template template : templates) {
            int copies;
            LocalDate from;
            int days;
            if (template.open()) {
                long tasks = jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task WHERE proc_inst_id_ = ?", Long.class,
                        template.processInstanceId());
                copies = (int) Math.round(openTasks * SHARES.get(template.name()) / tasks);
                from = LocalDate.of(2026, 10, 1);
                days = 60;
            } else {
                copies = (int) Math.round(finished * SHARES.get(template.name()));
                from = LocalDate.of(2025, 1, 1);
                days = 699;
            }
            long written = 0;
            long firstOfTemplate = copy;
            long startedTemplate = System.nanoTime();
            for (int done = 0; done < copies; done += CHUNK) {
                int chunk = Math.min(CHUNK, copies - done);
                // each chunk's days follow on from the previous one's
                LocalDate chunkFrom = from.plusDays((long) done * days / copies);
                int chunkDays = (int) ((long) (done + chunk) * days / copies - (long) done * days / copies);
                written += cloner.copy(template, copy, chunk, chunkFrom, Math.max(chunkDays, 1),
                        template.unit() != null, firstOfTemplate, template.open() ? wards : 1,
                        template.open() ? Set.of() : leftOutOfFinished);
                copy += chunk;
            }
            System.out.printf("benchmark: %s: %,d copies, %,d rows in %d s%n", template.name(), copies, written,
                    (System.nanoTime() - startedTemplate) / 1_000_000_000);
        }
        recountSettled();
        long indexing = System.nanoTime();
        cloner.rebuild(indexes);
        System.out.printf("benchmark: %d history and ward indexes rebuilt in %d s%n", indexes.size(),
                (System.nanoTime() - indexing) / 1_000_000_000);
        // every table as autovacuum leaves it after a load (visibility map set), so the figures' counts read their
        // indexes alone as on a settled database, and the timed calls do not share the two cores with autovacuum's
        // first pass over the tables just loaded
        long vacuuming = System.nanoTime();
        jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()", String.class)
                .forEach(table -> jdbc.execute("VACUUM " + table));
        System.out.printf("benchmark: the tables vacuumed in %d s%n", (System.nanoTime() - vacuuming) / 1_000_000_000);
        jdbc.execute("ANALYZE");
        System.out.printf("benchmark: loaded %,d rows in %d s; %,d open tasks, %,d finished process instances,"
                + " %,d authorizations, database %s%n", rows() - before, (System.nanoTime() - started) / 1_000_000_000,
                jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_task", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM act_hi_procinst WHERE end_time_ IS NOT NULL", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM act_ru_authorization", Long.class),
                jdbc.queryForObject("SELECT pg_size_pretty(pg_database_size(current_database()))", String.class));
        jdbc.queryForList("SELECT relname || ' ' || n_live_tup FROM pg_stat_user_tables WHERE n_live_tup > 10000"
                + " ORDER BY n_live_tup DESC", String.class).forEach(line -> System.out.println("benchmark: rows " + line));
    }

    /** Scans and index scans per table so far (PostgreSQL's statistics). */
    private Map<String, Long> tableReads() {
        Map<String, Long> reads = new LinkedHashMap<>();
        jdbc.query("SELECT relname, seq_scan + COALESCE(idx_scan, 0) AS reads FROM pg_stat_user_tables ORDER BY relname",
                row -> {
                    reads.put(row.getString("relname"), row.getLong("reads"));
                });
        return reads;
    }

    /** Which tables the calls read: what makes {@link #UNREAD_HISTORY} a fact of this run, not a claim. */
    private void printTablesRead(Map<String, Long> before) {
        try {
            // a backend reports its statistics once idle for 10 s (PostgreSQL 15)
            Thread.sleep(11_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> read = tableReads().entrySet().stream()
                .filter(table -> table.getValue() > before.getOrDefault(table.getKey(), 0L)).map(Map.Entry::getKey)
                .toList();
        System.out.println("benchmark: tables read by the calls: " + String.join(", ", read));
        System.out.println("benchmark: of them left out of the finished cases' copies: " + read.stream()
                .filter(UNREAD_HISTORY::contains).toList());
    }

    /**
     * The copies bring their summaries but not the counts of settled cases (a table without a case's id): they are
     * counted again from the summaries with the statement migration V12 first filled them with.
     */
    private void recountSettled() {
        String migration;
        try {
            migration = new ClassPathResource("db/migration/V12__ward_case_settled_count.sql")
                    .getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String recount = Arrays.stream(migration.replaceAll("(?m)^--.*$", "").split(";")).map(String::strip)
                .filter(statement -> statement.startsWith("INSERT INTO ward_case_settled_count")).findFirst()
                .orElseThrow();
        jdbc.update("DELETE FROM ward_case_settled_count");
        System.out.printf("benchmark: %,d rows of settled counts%n", jdbc.update(recount));
    }

    /** With -Dward.benchmark.hold-minutes=N the loaded database stays up for N minutes, to EXPLAIN by hand. */
    private void hold() {
        int minutes = Integer.getInteger("ward.benchmark.hold-minutes", 0);
        if (minutes > 0) {
            System.out.printf("benchmark: holding the database for %d minutes: %s%n", minutes,
                    jdbc.execute((ConnectionCallback<String>) connection -> connection.getMetaData().getURL()));
            try {
                Thread.sleep(minutes * 60_000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private long rows() {
        jdbc.execute("ANALYZE");
        return jdbc.queryForObject("SELECT COALESCE(SUM(n_live_tup), 0) FROM pg_stat_user_tables", Long.class);
    }

    /** The filter's list call as Tasklist makes it (POST, HAL, first page of 15). */
    private String filterList(String name) {
        String id = jdbc.queryForObject("SELECT id_ FROM act_ru_filter WHERE name_ = ?", String.class, name);
        return "/engine-rest/filter/" + id + "/list?firstResult=0&maxResults=15";
    }

    private ResponseEntity<String> post(String user, String url) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.setAccept(List.of(MediaType.parseMediaType("application/hal+json")));
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.POST, new HttpEntity<>(
                "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[]}", headers), String.class);
    }

    private Object count(String user, String url) {
        String body = post(user, url).getBody();
        int at = body == null ? -1 : body.indexOf("\"count\":");
        return at < 0 ? body : body.substring(at + 8, body.indexOf(',', at) < 0 ? body.indexOf('}', at)
                : Math.min(body.indexOf(',', at), body.indexOf('}', at)));
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    /**
     * Cycles through the calls for {@code seconds} (the open-tasks call, seconds long at scale, once), failing on an
     * error answer; returns each answer's size.
     */
    private static Map<String, Integer> warmUp(Map<String, IntFunction<ResponseEntity<String>>> calls, String once,
            int seconds) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        long until = System.nanoTime() + seconds * 1_000_000_000L;
        int round = 0;
        do {
            for (Map.Entry<String, IntFunction<ResponseEntity<String>>> call : calls.entrySet()) {
                if (round > 0 && call.getKey().equals(once)) {
                    continue;
                }
                ResponseEntity<String> answer = call.getValue().apply(round);
                if (!answer.getStatusCode().is2xxSuccessful()) {
                    throw new IllegalStateException(call.getKey() + ": " + answer.getStatusCode() + " "
                            + answer.getBody());
                }
                sizes.put(call.getKey(), answer.getBody() == null ? 0 : answer.getBody().length());
            }
            round++;
        } while (System.nanoTime() < until);
        System.out.printf("benchmark: warmed up for %d s, %d calls of each%n", seconds, round);
        return sizes;
    }

    /** One round's timed calls, in microseconds, sorted. */
    private static long[] time(IntFunction<ResponseEntity<String>> call, int iterations) {
        long[] micros = new long[iterations];
        for (int round = 0; round < iterations; round++) {
            long start = System.nanoTime();
            call.apply(round);
            micros[round] = (System.nanoTime() - start) / 1_000;
        }
        Arrays.sort(micros);
        return micros;
    }

    private static String medianOfRounds(List<long[]> rounds, double quantile) {
        long[] perRound = rounds.stream().mapToLong(sorted -> at(sorted, quantile)).sorted().toArray();
        return String.format("%.1f", perRound[perRound.length / 2] / 1000.0);
    }

    private static String maxOfRounds(List<long[]> rounds) {
        return String.format("%.1f", rounds.stream().mapToLong(sorted -> sorted[sorted.length - 1]).max()
                .orElseThrow() / 1000.0);
    }

    /** The quantile by the nearest rank. */
    private static long at(long[] sorted, double quantile) {
        return sorted[Math.max(0, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static String ms(long[] sorted, double quantile) {
        return String.format("%.1f", at(sorted, quantile) / 1000.0);
    }
}
