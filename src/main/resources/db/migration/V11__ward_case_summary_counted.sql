-- The figures count a period's cases per procedure and unit from the received day, the due, resolved and ended days
-- (dashboard.JdbcCaseRecords). With those days in the index of the received day PostgreSQL counts from the index
-- alone, without visiting each case's row: a province's year (574,000 of 1.1 million cases) about 230 → 140 ms on a
-- vacuumed table (BENCHMARKS.md, "At a million cases"). It replaces the index on (received day, procedure, unit),
-- which served the same queries; an update of a case's due, resolved or ended day now writes index entries too.
DROP INDEX IF EXISTS ward_case_summary_received;
CREATE INDEX ward_case_summary_received ON ward_case_summary (received_on, process_key, unit, due_on, resolved_on,
    ended_on);
