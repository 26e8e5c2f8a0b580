package vn.phoyen.workflow.process;

import java.sql.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The settled cases' counts in {@code ward_case_settled_count} (db/migration/V12), moved in the caller's transaction
 * when a case's summary changes where it counts, so they are committed with the fact that changed it.
 */
@Repository
class JdbcSettledCounts {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    JdbcSettledCounts(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A case counted as {@code before} (null: not counted) now counts as {@code after}. */
    void move(SettledCase before, SettledCase after) {
        if (Objects.equals(before, after)) {
            return;
        }
        Stream.of(before, after).filter(Objects::nonNull).sorted(SettledCase.LOCK_ORDER)
                .forEach(kase -> add(kase, kase == before ? -1 : 1));
    }

    private void add(SettledCase kase, int cases) {
        if (update(kase, cases) == 0) {
            ensureRow(kase);
            update(kase, cases);
        }
    }

    private int update(SettledCase kase, int cases) {
        String column = kase.outcome().name().toLowerCase(Locale.ROOT);
        return jdbc.update("UPDATE ward_case_settled_count SET " + column + " = " + column + " + ?"
                + " WHERE received_on = ? AND process_key = ? AND unit = ?", cases, Date.valueOf(kase.receivedOn()),
                kase.processKey(), kase.unit());
    }

    /** The row is created in a transaction of its own: a failed insert must not abort the caller's. */
    private void ensureRow(SettledCase kase) {
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update("INSERT INTO ward_case_settled_count"
                    + " (received_on, process_key, unit, on_time, late, closed) VALUES (?, ?, ?, 0, 0, 0)",
                    Date.valueOf(kase.receivedOn()), kase.processKey(), kase.unit()));
        } catch (DuplicateKeyException createdConcurrently) {
            // another case of the same day, procedure and unit created it first: it is there now
        }
    }
}
