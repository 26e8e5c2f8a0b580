-- Per received day, procedure and unit: how many of the cases received that day were resolved on time, resolved late
-- or closed unresolved, whenever that happened. The figures add these up for a period and read from the summaries only
-- the cases not yet settled at the standing day (dashboard.JdbcCaseRecords), instead of aggregating every case of the
-- period on each call: a province's year, half a million summaries, was 450–720 ms (BENCHMARKS.md, change 27). Kept by
-- the fact recorder (process.JdbcSettledCounts) in the transaction that settles or moves a case; a row is locked only
-- by the cases settled of its day, procedure and unit. A case in no unit counts under '' (a key column cannot be null).
CREATE TABLE ward_case_settled_count (
    received_on DATE        NOT NULL,
    process_key VARCHAR(64) NOT NULL,
    unit        VARCHAR(64) NOT NULL,
    on_time     INTEGER     NOT NULL,
    late        INTEGER     NOT NULL,
    closed      INTEGER     NOT NULL,
    PRIMARY KEY (received_on, process_key, unit)
);

-- the same rule as process.SettledCase: resolved on time when no later than the due day (or none), late after it,
-- closed when ended unresolved
INSERT INTO ward_case_settled_count (received_on, process_key, unit, on_time, late, closed)
SELECT received_on, process_key, COALESCE(unit, ''),
    SUM(CASE WHEN resolved_on IS NOT NULL AND (due_on IS NULL OR resolved_on <= due_on) THEN 1 ELSE 0 END),
    SUM(CASE WHEN resolved_on > due_on THEN 1 ELSE 0 END),
    SUM(CASE WHEN resolved_on IS NULL THEN 1 ELSE 0 END)
FROM ward_case_summary
WHERE received_on IS NOT NULL AND (resolved_on IS NOT NULL OR ended_on IS NOT NULL)
GROUP BY received_on, process_key, COALESCE(unit, '');
