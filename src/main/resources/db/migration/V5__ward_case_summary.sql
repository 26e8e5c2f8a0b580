-- One row per case: where its facts (ward_case_fact) leave it, so the figures count cases with one aggregate over a
-- day range instead of reading every fact of every case. Kept by the fact recorder (process.JdbcCaseFacts) in the
-- transaction that adds the fact; the same reading as process.RecordedCase: the latest received, unit and due rows,
-- the earliest resolved day, the latest ended row, the latest case number given and the first row's procedure.
CREATE TABLE ward_case_summary (
    process_instance_id VARCHAR(64) PRIMARY KEY,
    process_key         VARCHAR(64) NOT NULL,
    case_number         VARCHAR(64),
    received_on         DATE,
    unit                VARCHAR(64),
    due_on              DATE,
    resolved_on         DATE,
    ended_on            DATE
);

INSERT INTO ward_case_summary (process_instance_id, process_key, case_number, received_on, unit, due_on, resolved_on,
        ended_on)
SELECT c.process_instance_id,
    (SELECT f.process_key FROM ward_case_fact f WHERE f.id = c.first_id),
    (SELECT f.case_number FROM ward_case_fact f WHERE f.id = (SELECT MAX(l.id) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.case_number IS NOT NULL)),
    (SELECT f.fact_day FROM ward_case_fact f WHERE f.id = (SELECT MAX(l.id) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.kind = 'received')),
    (SELECT f.unit FROM ward_case_fact f WHERE f.id = (SELECT MAX(l.id) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.kind = 'unit')),
    (SELECT f.fact_day FROM ward_case_fact f WHERE f.id = (SELECT MAX(l.id) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.kind = 'due')),
    (SELECT MIN(l.fact_day) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.kind = 'resolved'),
    (SELECT f.fact_day FROM ward_case_fact f WHERE f.id = (SELECT MAX(l.id) FROM ward_case_fact l
        WHERE l.process_instance_id = c.process_instance_id AND l.kind = 'ended'))
FROM (SELECT process_instance_id, MIN(id) AS first_id FROM ward_case_fact GROUP BY process_instance_id) c;

-- the figures count the cases received in a period; a figure's list narrows them to a procedure or a unit
CREATE INDEX ward_case_summary_received ON ward_case_summary (received_on, process_key, unit);
CREATE INDEX ward_case_summary_unit ON ward_case_summary (unit, received_on);
CREATE INDEX ward_case_summary_procedure ON ward_case_summary (process_key, received_on);
