-- The satisfaction figures count a period's ratings per unit (feedback.FeedbackRecords.ratingCounts). With the unit
-- and the score in the index of the rating day PostgreSQL counts from the index alone, without visiting each rated
-- case's row: a province's year of ratings (313,000 of 675,000 cases) 343–397 ms → 52–65 ms (BENCHMARKS.md, "At a
-- million cases"). It replaces the index on the day alone, which served the same queries; a rating writes one index
-- entry as before.
DROP INDEX IF EXISTS ward_feedback_rated;
CREATE INDEX ward_feedback_rated ON ward_feedback (rated_at, lead_unit, rating_score);
