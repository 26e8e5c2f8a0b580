package vn.phoyen.workflow.report;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Numbers the reports the ward issues, from 1 in each calendar year (Decree 30/2020, Appendix III). The year's row is
 * updated in the transaction that issues the report: a number is used only if the report is issued, and two reports
 * approved at the same moment wait for each other on that row instead of sharing a number.
 */
@Component
class ReportNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ReportNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int next(int year) {
        ensureCounter(year);
        jdbc.update("UPDATE ward_report_counter SET last_number = last_number + 1 WHERE report_year = ?", year);
        return jdbc.queryForObject("SELECT last_number FROM ward_report_counter WHERE report_year = ?", Integer.class,
                year);
    }

    /** "Số: 05/BC-UBND": numbers below 10 take a leading zero. */
    static String symbol(int number) {
        return "%02d/BC-UBND".formatted(number);
    }

    /** The year's row, created in a transaction of its own: a failed insert must not abort the issuing one. */
    private void ensureCounter(int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM ward_report_counter WHERE report_year = ?",
                Integer.class, year);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO ward_report_counter (report_year, last_number) VALUES (?, 0)", year));
        } catch (DuplicateKeyException createdConcurrently) {
            // another report of the same year created the row first: it is there now
        }
    }
}
