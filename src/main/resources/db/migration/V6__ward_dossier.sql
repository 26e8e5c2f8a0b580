-- Administrative-procedure dossiers (hồ sơ TTHC) imported from the one-stop system's export, one row per dossier code:
-- a re-import updates the row unless the stored state is later (updated_at). What the ward did about a late one is
-- kept beside it: the dossier-late process started for it (once), the day its two-working-day warning went out for
-- which appointment, and the new appointment its apology letter gave.
CREATE TABLE ward_dossier (
    code                     VARCHAR(64) PRIMARY KEY,
    procedure_name           VARCHAR(500) NOT NULL,
    field                    VARCHAR(32) NOT NULL,
    unit                     VARCHAR(64) NOT NULL,
    channel                  VARCHAR(16) NOT NULL,
    received_on              DATE NOT NULL,
    appointment_on           DATE NOT NULL,
    settled_on               DATE,
    returned_on              DATE,
    status                   VARCHAR(16) NOT NULL,
    digitised                BOOLEAN NOT NULL,
    evaluation               VARCHAR(16),
    dissatisfied             BOOLEAN NOT NULL,
    updated_at               TIMESTAMP NOT NULL,
    source_file              VARCHAR(255) NOT NULL,
    imported_at              TIMESTAMP NOT NULL,
    late_process_instance_id VARCHAR(64),
    late_closed              BOOLEAN DEFAULT FALSE NOT NULL,
    warned_for               DATE,
    apology_appointment_on   DATE
);

-- the figures count by the day received (received, online, digitised) and by the day settled (on time, satisfaction)
CREATE INDEX ward_dossier_received ON ward_dossier (received_on, unit, field);
CREATE INDEX ward_dossier_settled ON ward_dossier (settled_on, unit, field);
-- the daily follow-up looks only at the dossiers still pending
CREATE INDEX ward_dossier_pending ON ward_dossier (status, appointment_on);
