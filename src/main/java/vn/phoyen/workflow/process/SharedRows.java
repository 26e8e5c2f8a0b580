package vn.phoyen.workflow.process;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rows that many transactions update at the same moment (a year's case counter, a day's settled cases): each caller
 * updates the row in its own transaction, holding it until it commits; a row not there yet is created first.
 */
@Component
public class SharedRows {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SharedRows(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Runs {@code update} in the caller's transaction. When it finds no row, {@code insert} creates the row in a
     * transaction of its own (a failed insert must not abort the caller's; a row another caller created meanwhile is
     * as good) and {@code update} runs again.
     */
    public void update(Statement update, Statement insert) {
        if (jdbc.update(update.sql(), update.values()) == 0) {
            try {
                ownTransaction.executeWithoutResult(status -> jdbc.update(insert.sql(), insert.values()));
            } catch (DuplicateKeyException createdConcurrently) {
                // another caller created it first: it is there now
            }
            jdbc.update(update.sql(), update.values());
        }
    }

    public record Statement(String sql, Object... values) {
    }
}
