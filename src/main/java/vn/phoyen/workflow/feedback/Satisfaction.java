package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.List;

/**
 * Residents' ratings of feedback answers (1–5), kept per case, per answering unit and per quarter, and the
 * SIPAS-style index built from them: the share of ratings of 4 or 5 (vietnam-rules §7.4), always with its counts.
 */
public interface Satisfaction {

    /** Ratings given from {@code from} to {@code to} (both included), per lead unit of the rated case. */
    List<UnitSatisfaction> perUnit(LocalDate from, LocalDate to);

    /** Ratings given in {@code year}, per lead unit and quarter (1–4). */
    List<QuarterSatisfaction> perUnitAndQuarter(int year);

    /**
     * A page of the ratings given from {@code from} to {@code to} (both included), the latest first, each with its
     * case: what the index counts. {@code unit} null for every unit; {@code satisfiedOnly} for the 4s and 5s alone.
     */
    RatedCases ratedCases(LocalDate from, LocalDate to, String unit, boolean satisfiedOnly, int offset, int limit);

    /** {@code total}: every rating selected; {@code page}: those from the offset on, at most the limit. */
    record RatedCases(long total, List<RatedCase> page) {
    }

    record RatedCase(String caseNumber, String processInstanceId, String unit, int score) {

        public boolean satisfied() {
            return score >= SATISFIED_FROM;
        }
    }

    /** The lowest score that counts as satisfied ("hài lòng"; 5 is "rất hài lòng"). */
    int SATISFIED_FROM = 4;

    record UnitSatisfaction(String unit, int ratings, int satisfied) {

        /** Per cent of ratings of 4 or 5; null when nothing was rated. */
        public Double index() {
            return ratings == 0 ? null : Math.round(satisfied * 1000.0 / ratings) / 10.0;
        }
    }

    record QuarterSatisfaction(int quarter, UnitSatisfaction satisfaction) {
    }
}
