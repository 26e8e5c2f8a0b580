package vn.phoyen.workflow.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.TestDatabase;

/**
 * Prints how long the dashboard takes for a year and a quarter over 50,000 finished cases (facts and summaries loaded
 * in bulk, as the recorder would have written them), and the size of its answer; it asserts nothing. Runs on the test
 * PostgreSQL only, with {@code mvn -o test -Dtest=DashboardFiguresBenchmarkTest -Dward.benchmark=true}; the rows are
 * removed afterwards.
 */
@EngineTest
@EnabledIfSystemProperty(named = "ward.benchmark", matches = "true")
@EnabledIfSystemProperty(named = TestDatabase.PROPERTY, matches = "postgres")
class DashboardFiguresBenchmarkTest {

    static final int CASES = 50_000;
    // a past year: a year to come would stand at today, with nothing resolved yet
    static final int YEAR = 2015;
    static final String[] UNITS = {"vp", "kthtdt", "ttdvth", "ca", "mttq", "vhxh"};
    static final String[] PROCEDURES = {"complaint", "denunciation", "feedback", "citizen-reception"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestRestTemplate rest;

    @Test
    void printsTheDashboardsTimings() {
        long loading = System.nanoTime();
        List<Object[]> facts = new ArrayList<>();
        List<Object[]> summaries = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int number = 0; number < CASES; number++) {
            String key = PROCEDURES[number % PROCEDURES.length];
            String id = "bench-" + number;
            String caseNumber = "B-" + YEAR + "-" + number;
            String unit = UNITS[number % UNITS.length];
            LocalDate received = LocalDate.of(YEAR, 1, 1).plusDays(number % 365);
            LocalDate due = received.plusDays(15);
            // most on time, every seventh late
            LocalDate resolved = received.plusDays(number % 7 == 0 ? 20 : 10);
            Date day = Date.valueOf(received);
            facts.add(new Object[] {key, id, caseNumber, "received", day, null, now});
            facts.add(new Object[] {key, id, caseNumber, "unit", null, unit, now});
            facts.add(new Object[] {key, id, caseNumber, "due", Date.valueOf(due), null, now});
            facts.add(new Object[] {key, id, caseNumber, "resolved", Date.valueOf(resolved), null, now});
            facts.add(new Object[] {key, id, caseNumber, "ended", Date.valueOf(resolved), null, now});
            summaries.add(new Object[] {id, key, caseNumber, day, unit, Date.valueOf(due), Date.valueOf(resolved),
                    Date.valueOf(resolved)});
        }
        try {
            jdbc.batchUpdate("INSERT INTO ward_case_fact (process_key, process_instance_id, case_number, kind, fact_day,"
                    + " unit, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", facts);
            jdbc.batchUpdate("INSERT INTO ward_case_summary (process_instance_id, process_key, case_number, received_on,"
                    + " unit, due_on, resolved_on, ended_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", summaries);
            jdbc.execute("ANALYZE ward_case_summary");
            System.out.printf("benchmark: %,d cases (%,d facts) loaded in %d ms%n", CASES, facts.size(),
                    (System.nanoTime() - loading) / 1_000_000);
            time("year", "/api/dashboard?from=" + YEAR + "-01-01&to=" + YEAR + "-12-31");
            time("quarter", "/api/dashboard?from=" + YEAR + "-07-01&to=" + YEAR + "-09-30");
            time("cases, year, vp late, page 50", "/api/dashboard/cases?from=" + YEAR + "-01-01&to=" + YEAR
                    + "-12-31&unit=vp&status=late&page=50&size=20");
        } finally {
            jdbc.update("DELETE FROM ward_case_summary WHERE process_instance_id LIKE 'bench-%'");
            jdbc.update("DELETE FROM ward_case_fact WHERE process_instance_id LIKE 'bench-%'");
        }
    }

    private void time(String what, String url) {
        // warm-up, then the median of seven
        String body = "";
        for (int round = 0; round < 5; round++) {
            body = rest.withBasicAuth("vhxh.head", "demo").getForObject(url, String.class);
        }
        long[] millis = new long[7];
        for (int round = 0; round < millis.length; round++) {
            long start = System.nanoTime();
            rest.withBasicAuth("vhxh.head", "demo").getForObject(url, String.class);
            millis[round] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("benchmark: %s: median %d ms (min %d, max %d), answer %,d bytes%n", what,
                millis[millis.length / 2], millis[0], millis[millis.length - 1], body.length());
    }
}
