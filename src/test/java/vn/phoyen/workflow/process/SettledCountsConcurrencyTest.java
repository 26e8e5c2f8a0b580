package vn.phoyen.workflow.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.EngineTest;

/**
 * Cases of one received day, procedure and unit settled at the same moment, each in its step's transaction, before
 * their counter row exists: every one is counted, none fails (on H2 and on PostgreSQL, where a failed insert would
 * abort the step's transaction). Received in 2035, a year no other test uses.
 */
@EngineTest
class SettledCountsConcurrencyTest {

    static final int STEPS = 4;
    static final LocalDate RECEIVED = LocalDate.of(2035, 3, 5);

    @Autowired
    CaseFactRecorder recorder;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void casesSettledAtOnceAreEachCountedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        CyclicBarrier together = new CyclicBarrier(STEPS);
        ExecutorService steps = Executors.newFixedThreadPool(STEPS);
        try {
            List<Future<?>> settled = new ArrayList<>();
            for (int step = 0; step < STEPS; step++) {
                String id = run + "-" + step;
                settled.add(steps.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    recorder.standing("feedback", id, "PA-" + id, new CaseStanding(RECEIVED, "vp", RECEIVED.plusDays(10)));
                    await(together);
                    recorder.resolved("feedback", id, "PA-" + id, RECEIVED.plusDays(STEPS));
                })));
            }
            for (Future<?> step : settled) {
                step.get(60, TimeUnit.SECONDS);
            }
        } finally {
            steps.shutdownNow();
        }
        assertThat(jdbc.queryForObject("SELECT on_time FROM ward_case_settled_count WHERE received_on = ?"
                + " AND process_key = 'feedback' AND unit = 'vp'", Integer.class, RECEIVED)).isEqualTo(STEPS);
    }

    static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
