package vn.phoyen.workflow.cases;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.SharedRows;

/**
 * Numbers that restart each calendar year, per series: a kind of case ({@code KN}, {@code TC}, ...) or a kind of
 * document the ward issues ({@code BC-UBND}). The series' row is updated in the caller's transaction, so a number is
 * taken only if what it numbers is committed, and two callers at the same moment wait for each other on that row
 * instead of sharing a number.
 */
@Component
public class YearlyNumbers {

    private final JdbcTemplate jdbc;
    private final SharedRows rows;

    YearlyNumbers(JdbcTemplate jdbc, SharedRows rows) {
        this.jdbc = jdbc;
        this.rows = rows;
    }

    /** The next number of {@code series} in {@code year}, from 1. */
    public int next(String series, int year) {
        rows.update(new SharedRows.Statement(
                        "UPDATE ward_case_counter SET last_number = last_number + 1 WHERE kind = ? AND case_year = ?",
                        series, year),
                new SharedRows.Statement("INSERT INTO ward_case_counter (kind, case_year, last_number) VALUES (?, ?, 0)",
                        series, year));
        return jdbc.queryForObject("SELECT last_number FROM ward_case_counter WHERE kind = ? AND case_year = ?",
                Integer.class, series, year);
    }
}
