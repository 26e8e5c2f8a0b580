package vn.phoyen.workflow.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives each case its number, per kind and year: {@code KN-2026-0001} for the first complaint of 2026. The counter
 * row is updated in the transaction that starts the case, so the number is taken only if the case starts, and
 * concurrent starts of one kind wait for each other on that row instead of sharing a number.
 */
@Component
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public String next(CaseKind kind, int year) {
        ensureCounter(kind, year);
        jdbc.update("UPDATE ward_case_counter SET last_number = last_number + 1 WHERE kind = ? AND case_year = ?",
                kind.prefix(), year);
        Integer number = jdbc.queryForObject(
                "SELECT last_number FROM ward_case_counter WHERE kind = ? AND case_year = ?", Integer.class,
                kind.prefix(), year);
        return "%s-%d-%04d".formatted(kind.prefix(), year, number);
    }

    /** The year's counter row, created in a transaction of its own: a failed insert must not abort the case's. */
    private void ensureCounter(CaseKind kind, int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ward_case_counter WHERE kind = ? AND case_year = ?",
                Integer.class, kind.prefix(), year);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO ward_case_counter (kind, case_year, last_number) VALUES (?, ?, 0)", kind.prefix(), year));
        } catch (DuplicateKeyException createdConcurrently) {
            // another case of the same kind created the row first: it is there now
        }
    }
}
