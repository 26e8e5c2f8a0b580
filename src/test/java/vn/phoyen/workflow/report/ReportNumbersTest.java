package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/** Report numbers run from 1 in each calendar year, without gaps or doubles, also when reports are issued at once. */
@EngineTest
class ReportNumbersTest extends ProcessTest {

    @Autowired
    ReportNumbers numbers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void numberingRestartsEachYear() {
        assertThat(numbers.next(2041)).isEqualTo(1);
        assertThat(numbers.next(2041)).isEqualTo(2);
        assertThat(numbers.next(2042)).isEqualTo(1);
        assertThat(numbers.next(2041)).isEqualTo(3);
    }

    @Test
    void reportsIssuedAtTheSameMomentNeverShareANumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> issues = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                issues.add(() -> transactions.execute(status -> numbers.next(2043)));
            }
            List<Integer> given = new ArrayList<>();
            for (Future<Integer> number : pool.invokeAll(issues)) {
                given.add(number.get());
            }
            assertThat(given).doesNotHaveDuplicates().hasSize(30).allMatch(number -> number >= 1 && number <= 30);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNumberTakenByAnIssueThatFailedIsGivenAgain() {
        assertThat(numbers.next(2044)).isEqualTo(1);
        transactions.executeWithoutResult(status -> {
            numbers.next(2044);
            status.setRollbackOnly();
        });
        assertThat(numbers.next(2044)).isEqualTo(2);
    }
}
