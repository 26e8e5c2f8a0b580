-- Next year's plan as drafted, edited and issued in the system (process plan-next-year): the three files' texts,
-- the same as plan/<year>/*.csv in the jar; once issued, the edition is the year's plan (PlanCatalog) and carries
-- its register number and Word document. One edition per year.
CREATE TABLE IF NOT EXISTS ward_plan_edition (
    plan_year           INTEGER      NOT NULL PRIMARY KEY,
    status              VARCHAR(10)  NOT NULL,
    plan_csv            TEXT         NOT NULL,
    tasks_csv           TEXT         NOT NULL,
    checklist_csv       TEXT         NOT NULL,
    register_year       INTEGER,
    register_number     INTEGER,
    number_symbol       VARCHAR(30),
    issued_on           DATE,
    signed_by           VARCHAR(255),
    document            BYTEA,
    process_instance_id VARCHAR(64)  NOT NULL,
    drafted_at          TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    issued_at           TIMESTAMP,
    CONSTRAINT ward_plan_edition_status CHECK (status IN ('draft', 'issued')),
    CONSTRAINT ward_plan_edition_number_once UNIQUE (register_year, register_number)
);
