-- Feedback imported from the national public-service portal's export: one row per portal id, so a second import of
-- the same file starts no second case (the primary key refuses it even when two imports run at once).
CREATE TABLE ward_portal_feedback (
    portal_id           VARCHAR(64) PRIMARY KEY,
    case_number         VARCHAR(64) NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    imported_at         TIMESTAMP   NOT NULL,
    imported_by         VARCHAR(64)
);
