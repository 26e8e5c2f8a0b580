package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.dashboard.CaseCounting.Status;
import vn.phoyen.workflow.dashboard.CaseRecords.CaseCount;
import vn.phoyen.workflow.dashboard.CaseRecords.CaseSelection;
import vn.phoyen.workflow.process.CaseFactRecorder;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.RecordedCase;

/**
 * The database's counting ({@link JdbcCaseRecords} over {@code ward_case_summary} and the settled cases' counts)
 * against the counting in Java the dashboard did before ({@link JavaCaseRecords} over every case's facts), on cases
 * made by hand through the fact recorder, on H2 and on PostgreSQL; and the dashboard's answer, which no longer grows
 * with the cases. The cases are received in years no other test uses.
 */
@EngineTest
class SqlCountingTest {

    static final LocalDate FROM = LocalDate.of(2031, 7, 1);
    static final LocalDate TO = LocalDate.of(2031, 9, 30);

    @Autowired
    CaseFactRecorder recorder;

    @Autowired
    vn.phoyen.workflow.process.CaseFacts facts;

    @Autowired
    CaseRecords records;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    final List<String> recorded = new ArrayList<>();

    static LocalDate d(int month, int day) {
        return LocalDate.of(2031, month, day);
    }

    /** A case's facts as its procedure would record them: its standing, then resolved and ended where it was. */
    String kase(String key, String number, String unit, LocalDate received, LocalDate due, LocalDate resolved,
            LocalDate ended) {
        String id = run + "-" + number;
        recorder.standing(key, id, number, new CaseStanding(received, unit, due));
        if (resolved != null) {
            recorder.resolved(key, id, number, resolved);
        }
        if (ended != null) {
            recorder.ended(key, id, number, ended);
        }
        recorded.add(id);
        return id;
    }

    void handMade() {
        // the fixture's edges (WardFiguresFixtureTest), in 2031
        kase("complaint", "KN-1", "vp", d(7, 1), d(7, 31), d(7, 31), d(8, 2));
        kase("complaint", "KN-2", "vp", d(8, 5), d(9, 4), d(9, 5), null);
        kase("complaint", "KN-3", "vp", d(9, 30), d(10, 10), null, null);
        kase("complaint", "KN-4", "vp", d(6, 30), d(7, 30), d(7, 2), null);
        kase("complaint", "KN-5", "vp", d(8, 10), d(9, 9), null, null);
        kase("complaint", "KN-6", "vp", d(8, 20), d(8, 30), null, d(8, 25));
        kase("denunciation", "TC-1", "vp", d(7, 15), d(9, 29), d(10, 2), null);
        kase("denunciation", "TC-2", "vp", d(7, 20), d(9, 30), null, null);
        kase("feedback", "PA-1", "kthtdt", d(7, 2), d(7, 16), d(7, 16), null);
        kase("feedback", "PA-2", "kthtdt", d(7, 3), d(7, 17), d(7, 18), null);
        kase("feedback", "PA-3", "kthtdt", d(10, 1), d(10, 15), null, null);
        kase("feedback", "PA-4", "ca", d(9, 1), d(9, 15), d(9, 10), null);
        kase("feedback", "PA-5", "ca", d(9, 25), d(10, 9), null, null);
        kase("citizen-reception", "TD-1", "vp", d(7, 10), null, d(7, 10), d(7, 10));
        kase("citizen-reception", "TD-2", "vp", d(9, 30), null, null, null);
        // the due day moved on: the latest counts, so resolved on 20/08 is on time, not late
        String moved = kase("complaint", "KN-7", "vp", d(8, 1), d(8, 10), null, null);
        recorder.standing("complaint", moved, "KN-7", new CaseStanding(d(8, 1), "vp", d(8, 25)));
        recorder.resolved("complaint", moved, "KN-7", d(8, 20));
        // resolved twice: the first counts (late on 12/08), not the second
        String twice = kase("feedback", "PA-6", "ca", d(8, 1), d(8, 11), d(8, 12), null);
        recorder.resolved("feedback", twice, "PA-6", d(8, 30));
        // handed to another unit: the case is the second unit's
        String handed = kase("feedback", "PA-7", "ca", d(8, 2), d(8, 16), null, null);
        recorder.standing("feedback", handed, "PA-7", new CaseStanding(d(8, 2), "kthtdt", d(8, 16)));
        // not routed yet: counted per procedure, in no unit
        kase("feedback", "PA-8", null, d(9, 2), d(9, 16), null, null);
        // its received day corrected from June into the period, and one corrected out of it
        String into = kase("complaint", "KN-8", "vp", d(6, 28), d(7, 28), null, null);
        recorder.standing("complaint", into, "KN-8", new CaseStanding(d(7, 2), "vp", d(7, 30)));
        String out = kase("complaint", "KN-9", "vp", d(9, 29), d(10, 20), null, null);
        recorder.standing("complaint", out, "KN-9", new CaseStanding(d(10, 1), "vp", d(10, 20)));
        // still open long past its due day, received on the last day of the period
        kase("denunciation", "TC-3", "ca", d(9, 30), d(9, 30), null, null);
        // settled, then moved where it counts: handed to another unit, its due day moved past its resolution (late
        // becomes on time), its received day corrected out of the period
        String handedResolved = kase("feedback", "PA-9", "ca", d(8, 3), d(8, 17), d(8, 10), null);
        recorder.standing("feedback", handedResolved, "PA-9", new CaseStanding(d(8, 3), "kthtdt", d(8, 17)));
        String lateNoMore = kase("complaint", "KN-10", "vp", d(8, 4), d(8, 14), d(8, 20), null);
        recorder.standing("complaint", lateNoMore, "KN-10", new CaseStanding(d(8, 4), "vp", d(8, 24)));
        String closedOut = kase("denunciation", "TC-4", "vp", d(9, 1), d(9, 30), null, d(9, 5));
        recorder.standing("denunciation", closedOut, "TC-4", new CaseStanding(d(10, 3), "vp", d(11, 2)));
    }

    /** The hand-made cases as the counting in Java read them: every fact of every case. */
    JavaCaseRecords inJava() {
        List<CaseFacts> cases = new ArrayList<>();
        for (String id : recorded) {
            RecordedCase kase = RecordedCase.of(facts.of(id));
            CaseStanding standing = kase.standing();
            cases.add(new CaseFacts(kase.processKey(), kase.caseNumber(), kase.processInstanceId(), standing.unit(),
                    standing.receivedOn(), standing.dueOn(), kase.resolvedOn(),
                    kase.resolvedOn() == null ? kase.endedOn() : null));
        }
        return new JavaCaseRecords(cases);
    }

    @Test
    void theDatabaseCountsAsTheJavaCountingDid() {
        handMade();
        JavaCaseRecords java = inJava();
        // the quarter as it ended; while it ran (due days not yet passed); its first and its last day alone
        List<LocalDate[]> periods = List.of(new LocalDate[] {FROM, TO, TO}, new LocalDate[] {FROM, TO, d(8, 15)},
                new LocalDate[] {FROM, FROM, FROM}, new LocalDate[] {TO, TO, TO},
                new LocalDate[] {d(6, 1), d(12, 31), d(12, 31)});
        for (LocalDate[] period : periods) {
            String as = period[0] + ".." + period[1] + " at " + period[2];
            List<CaseCount> sql = records.count(period[0], period[1], period[2]);
            assertThat(sql).as(as).isNotEmpty().containsExactlyInAnyOrderElementsOf(
                    java.count(period[0], period[1], period[2]));
            for (Set<String> keys : List.of(Set.of("complaint"), Set.of("denunciation"), Set.of("feedback"),
                    Set.of("citizen-reception"), WardFiguresService.UNIT_PROCEDURES)) {
                for (String unit : new String[] {null, "vp", "ca", "kthtdt"}) {
                    for (FigureCases.Figure figure : FigureCases.Figure.values()) {
                        if (figure.statuses.isEmpty()) {
                            continue;
                        }
                        CaseSelection selection = new CaseSelection(period[0], period[1], period[2], keys, unit,
                                figure.statuses);
                        String what = as + " " + keys + " " + unit + " " + figure;
                        assertThat(records.total(selection)).as(what).isEqualTo(java.total(selection));
                        assertThat(records.page(selection, 0, 100)).as(what).isEqualTo(java.page(selection, 0, 100));
                    }
                }
            }
        }
        // the numbers themselves, by hand, for the quarter: KN-1 KN-7 KN-10 on time, KN-2 late, KN-3 KN-5 KN-8
        // pending (KN-5 KN-8 overdue), KN-6 withdrawn; KN-4 (June) and KN-9 (moved to October) not received in it
        assertThat(records.count(FROM, TO, TO).stream().filter(count -> count.processKey().equals("complaint"))
                .collect(Collectors.groupingBy(CaseCount::status, Collectors.summingInt(CaseCount::count))))
                .isEqualTo(Map.of(Status.ON_TIME, 3, Status.LATE, 1, Status.OPEN, 1, Status.OVERDUE, 2,
                        Status.CLOSED, 1));
        // PA-6 late (its first resolution), PA-7 kthtdt's, PA-8 in no unit; PA-1 and PA-9 on time in kthtdt; TC-4 in
        // October
        assertThat(records.count(FROM, TO, TO)).contains(new CaseCount("feedback", "ca", Status.LATE, 1),
                new CaseCount("feedback", "kthtdt", Status.OVERDUE, 1), new CaseCount("feedback", null, Status.OVERDUE, 1),
                new CaseCount("feedback", "kthtdt", Status.ON_TIME, 2))
                .doesNotContain(new CaseCount("denunciation", "vp", Status.CLOSED, 1));
        // while the quarter ran: KN-1 resolved, KN-2 (due 04/09) and KN-10 (resolved 20/08) not yet
        assertThat(records.count(FROM, TO, d(8, 15))).contains(new CaseCount("complaint", "vp", Status.ON_TIME, 1));
        assertSettledCountsAreWhatTheSummariesCount();
    }

    /** The settled cases' counts, kept as facts are recorded, are what the summaries count at the end. */
    void assertSettledCountsAreWhatTheSummariesCount() {
        String year = " WHERE received_on BETWEEN DATE '2031-01-01' AND DATE '2031-12-31'";
        // as migration V12 first filled them
        List<Map<String, Object>> summaries = jdbc.queryForList("SELECT received_on, process_key, COALESCE(unit, '')"
                + " AS unit, SUM(CASE WHEN resolved_on IS NOT NULL AND (due_on IS NULL OR resolved_on <= due_on)"
                + " THEN 1 ELSE 0 END) AS on_time, SUM(CASE WHEN resolved_on > due_on THEN 1 ELSE 0 END) AS late,"
                + " SUM(CASE WHEN resolved_on IS NULL THEN 1 ELSE 0 END) AS closed FROM ward_case_summary" + year
                + " AND (resolved_on IS NOT NULL OR ended_on IS NOT NULL) GROUP BY received_on, process_key,"
                + " COALESCE(unit, '') ORDER BY 1, 2, 3");
        // rows emptied by a move stay, at zero
        List<Map<String, Object>> kept = jdbc.queryForList("SELECT received_on, process_key, unit, on_time, late,"
                + " closed FROM ward_case_settled_count" + year + " AND on_time + late + closed > 0 ORDER BY 1, 2, 3");
        assertThat(kept).hasSize(summaries.size()).isNotEmpty();
        for (int row = 0; row < kept.size(); row++) {
            Map<String, Object> expected = summaries.get(row);
            Map<String, Object> actual = kept.get(row);
            assertThat(actual.keySet()).allSatisfy(column -> assertThat(String.valueOf(actual.get(column)))
                    .as(actual + " against " + expected).isEqualTo(String.valueOf(expected.get(column))));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_settled_count" + year
                + " AND (on_time < 0 OR late < 0 OR closed < 0)", Integer.class)).isZero();
    }

    @Test
    void theDashboardsAnswerDoesNotGrowWithTheCases() {
        String year = "/api/dashboard?from=2033-01-01&to=2033-12-31";
        for (int number = 1; number <= 10; number++) {
            kase("feedback", "PA-2033-" + number, "vp", LocalDate.of(2033, 3, 1), LocalDate.of(2033, 3, 15), null, null);
        }
        int tenCases = body(year).length();
        for (int number = 11; number <= 200; number++) {
            kase("feedback", "PA-2033-" + number, number % 2 == 0 ? "vp" : "ca", LocalDate.of(2033, 3, 1 + number % 28),
                    LocalDate.of(2033, 4, 15), number % 3 == 0 ? LocalDate.of(2033, 4, 1) : null, null);
        }
        int twoHundredCases = body(year).length();
        // the counts gain a digit or two; 200 cases listed would add some 30 kB
        assertThat(Math.abs(twoHundredCases - tenCases)).as(tenCases + " then " + twoHundredCases).isLessThan(100);
        ResponseEntity<Map> page = rest.withBasicAuth("vhxh.head", "demo").getForEntity(
                "/api/dashboard/cases?from=2033-01-01&to=2033-12-31&procedure=feedback&size=100&page=2", Map.class);
        assertThat(page.getBody()).containsEntry("total", 200);
        assertThat((List<?>) page.getBody().get("cases")).hasSize(100);
    }

    String body(String url) {
        ResponseEntity<String> answer = rest.withBasicAuth("vhxh.head", "demo").getForEntity(url, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
