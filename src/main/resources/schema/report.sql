-- The ward's reports (ward-report process): safe to run at every start, on H2 and PostgreSQL.

-- One row per report: the figures as drafted (JSON), and once approved its number, date, signer and the issued
-- Word document (also attached to the process instance for Tasklist and Cockpit).
CREATE TABLE IF NOT EXISTS ward_report (
    process_instance_id VARCHAR(64)  NOT NULL PRIMARY KEY,
    period              VARCHAR(10)  NOT NULL,
    content             TEXT         NOT NULL,
    drafted_at          TIMESTAMP    NOT NULL,
    report_year         INTEGER,
    report_number       INTEGER,
    number_symbol       VARCHAR(30),
    issued_on           DATE,
    signed_by           VARCHAR(255),
    file_name           VARCHAR(255),
    document            BYTEA,
    CONSTRAINT ward_report_number_once UNIQUE (report_year, report_number)
);
