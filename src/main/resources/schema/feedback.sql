-- Feedback cases (phản ánh, kiến nghị) as residents and the dashboard see them, written by the feedback model's steps
-- as a case moves, so that the residents' page and API answer from one table without querying the engine.
CREATE TABLE IF NOT EXISTS ward_feedback (
    tracking_code       VARCHAR(12)   NOT NULL PRIMARY KEY,
    case_number         VARCHAR(64)   NOT NULL UNIQUE,
    process_instance_id VARCHAR(64)   NOT NULL UNIQUE,
    category            VARCHAR(64)   NOT NULL,
    title               VARCHAR(200)  NOT NULL,
    -- the words of title and content without diacritics, for the duplicate check at intake
    fingerprint         VARCHAR(8000) NOT NULL,
    -- kept to tell a merged case's sender when the original's answer is published
    sender_name         VARCHAR(200)  NOT NULL,
    sender_contact      VARCHAR(200)  NOT NULL,
    lead_unit           VARCHAR(64)   NOT NULL,
    received_date       DATE          NOT NULL,
    due_date            DATE          NOT NULL,
    -- received, in-progress, answered, under-review, closed, merged
    status              VARCHAR(20)   NOT NULL,
    merged_into         VARCHAR(64),
    answer              VARCHAR(8000),
    published_at        TIMESTAMP,
    rating_closes_at    TIMESTAMP,
    rating_score        INTEGER,
    rating_comment      VARCHAR(2000),
    rated_at            TIMESTAMP
);

CREATE INDEX IF NOT EXISTS ward_feedback_open ON ward_feedback (category, status);
CREATE INDEX IF NOT EXISTS ward_feedback_published ON ward_feedback (published_at);
CREATE INDEX IF NOT EXISTS ward_feedback_rated ON ward_feedback (rated_at);
CREATE INDEX IF NOT EXISTS ward_feedback_merged ON ward_feedback (merged_into);

-- the receiving office's notice to the sender at triage of web feedback (what to add, or why it is not taken up)
ALTER TABLE ward_feedback ADD COLUMN IF NOT EXISTS notice VARCHAR(2500);
