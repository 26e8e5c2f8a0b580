-- The order in which feedback cases were registered. Each node keeps a copy of the open cases for the duplicate check
-- at intake (feedback.OpenCases) and reads only the rows registered after the last one it has seen, instead of a
-- province's whole backlog at every start (BENCHMARKS.md, change 42). Cases registered before this version are
-- numbered in no particular order; the copy reads them all when it first loads.
ALTER TABLE ward_feedback ADD COLUMN intake_order BIGINT GENERATED ALWAYS AS IDENTITY;
CREATE INDEX ward_feedback_intake_order ON ward_feedback (intake_order);
