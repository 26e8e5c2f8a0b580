package vn.phoyen.workflow.process;

import java.sql.Date;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.stereotype.Repository;

/**
 * The settled cases' counts in {@code ward_case_settled_count} (db/migration/V12), moved in the caller's transaction
 * when a case's summary changes where it counts, so they are committed with the fact that changed it.
 */
@Repository
class JdbcSettledCounts {

    private final SharedRows rows;

    JdbcSettledCounts(SharedRows rows) {
        this.rows = rows;
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
        String column = kase.outcome().name().toLowerCase(Locale.ROOT);
        Date receivedOn = Date.valueOf(kase.receivedOn());
        rows.update(new SharedRows.Statement("UPDATE ward_case_settled_count SET " + column + " = " + column + " + ?"
                        + " WHERE received_on = ? AND process_key = ? AND unit = ?", cases, receivedOn,
                        kase.processKey(), kase.unit()),
                new SharedRows.Statement("INSERT INTO ward_case_settled_count"
                        + " (received_on, process_key, unit, on_time, late, closed) VALUES (?, ?, ?, 0, 0, 0)",
                        receivedOn, kase.processKey(), kase.unit()));
    }
}
