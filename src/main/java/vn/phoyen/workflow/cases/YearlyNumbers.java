package vn.phoyen.workflow.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers that restart each calendar year, per series: a kind of case ({@code KN}, {@code TC}, ...) or a kind of
 * document the ward issues ({@code BC-UBND}). The series' row is updated in the caller's transaction, so a number is
 * taken only if what it numbers is committed, and two callers at the same moment wait for each other on that row
 * instead of sharing a number.
 */
@Component
public class YearlyNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    YearlyNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code series} in {@code year}, from 1. */
    public int next(String series, int year) {
        ensureCounter(series, year);
        jdbc.update("UPDATE ward_case_counter SET last_number = last_number + 1 WHERE kind = ? AND case_year = ?",
                series, year);
        return jdbc.queryForObject("SELECT last_number FROM ward_case_counter WHERE kind = ? AND case_year = ?",
                Integer.class, series, year);
    }

    /** The year's counter row, created in a transaction of its own: a failed insert must not abort the caller's. */
    private void ensureCounter(String series, int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_counter WHERE kind = ? AND case_year = ?",
                Integer.class, series, year);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO ward_case_counter (kind, case_year, last_number) VALUES (?, ?, 0)", series, year));
        } catch (DuplicateKeyException createdConcurrently) {
            // another caller of the same series created the row first: it is there now
        }
    }
}
