-- The words of each feedback case until it ends, by category: the duplicate check at intake looks up the open cases
-- that share one of the new text's rarest words here, instead of reading every open case of the category (a
-- province's busy category holds 800–2,000; BENCHMARKS.md, change 40). Kept by feedback.FeedbackRecords in the
-- transaction that registers the case and the one that ends it. A word longer than 100 characters is kept by its
-- first 100 (room for 200 UTF-16 units, as H2 counts): a lookup may then find a case too many, which the comparison of
-- the fingerprints passes over.
CREATE TABLE ward_feedback_word (
    category            VARCHAR(64)  NOT NULL,
    word                VARCHAR(200) NOT NULL,
    process_instance_id VARCHAR(64)  NOT NULL,
    PRIMARY KEY (category, word, process_instance_id)
);
CREATE INDEX ward_feedback_word_case ON ward_feedback_word (process_instance_id);

-- the cases not ended yet, their fingerprints split at the spaces
INSERT INTO ward_feedback_word (category, word, process_instance_id)
WITH RECURSIVE split (process_instance_id, category, word, rest) AS (
    SELECT process_instance_id, category, CAST('' AS VARCHAR(8000)), CAST(fingerprint || ' ' AS VARCHAR(8001))
    FROM ward_feedback
    WHERE status NOT IN ('closed', 'merged', 'rejected', 'transferred')
    UNION ALL
    SELECT process_instance_id, category, CAST(SUBSTRING(rest FROM 1 FOR POSITION(' ' IN rest) - 1) AS VARCHAR(8000)),
        CAST(SUBSTRING(rest FROM POSITION(' ' IN rest) + 1) AS VARCHAR(8001))
    FROM split
    WHERE rest <> ''
)
SELECT DISTINCT category, CAST(SUBSTRING(word FROM 1 FOR 100) AS VARCHAR(200)), process_instance_id
FROM split
WHERE word <> '';
