-- Tables of this system beside Camunda's own (which the engine creates). Safe to run at every start.

-- The last case number given per kind and year (KN-2026-0001, TC-2026-0001, ...); one row is locked while a
-- case starts, so two cases started at the same moment never share a number.
CREATE TABLE IF NOT EXISTS ward_case_counter (
    kind        VARCHAR(10) NOT NULL,
    case_year   INTEGER     NOT NULL,
    last_number INTEGER     NOT NULL,
    PRIMARY KEY (kind, case_year)
);
