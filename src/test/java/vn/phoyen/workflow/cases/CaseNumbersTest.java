package vn.phoyen.workflow.cases;

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

/** Case numbers run per kind and year without gaps or doubles, also when cases start at the same moment. */
@EngineTest
class CaseNumbersTest {

    @Autowired
    CaseNumbers numbers;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void eachKindAndYearCountsFromOneInItsOwnFormat() {
        assertThat(numbers.next(CaseKind.CITIZEN_RECEPTION, 2031)).isEqualTo("TD-2031-0001");
        assertThat(numbers.next(CaseKind.CITIZEN_RECEPTION, 2031)).isEqualTo("TD-2031-0002");
        assertThat(numbers.next(CaseKind.FEEDBACK, 2031)).isEqualTo("PA-2031-0001");
        assertThat(numbers.next(CaseKind.CITIZEN_RECEPTION, 2032)).isEqualTo("TD-2032-0001");
    }

    @Test
    void concurrentStartsNeverShareANumberAndLeaveNoGap() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> starts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                starts.add(() -> transactions.execute(status -> numbers.next(CaseKind.DENUNCIATION, 2033)));
            }
            List<String> given = new ArrayList<>();
            for (Future<String> number : pool.invokeAll(starts)) {
                given.add(number.get());
            }
            assertThat(given).doesNotHaveDuplicates().hasSize(40)
                    .contains("TC-2033-0001", "TC-2033-0040").allMatch(number -> number.matches("TC-2033-00[0-4]\\d"));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNumberTakenByACaseThatFailedToStartIsGivenAgain() {
        String first = numbers.next(CaseKind.COMPLAINT, 2034);
        try {
            transactions.executeWithoutResult(status -> {
                numbers.next(CaseKind.COMPLAINT, 2034);
                status.setRollbackOnly();
            });
        } finally {
            assertThat(first).isEqualTo("KN-2034-0001");
        }
        assertThat(numbers.next(CaseKind.COMPLAINT, 2034)).isEqualTo("KN-2034-0002");
    }
}
