package vn.phoyen.workflow.plan.yearclose;

import java.time.LocalDate;

/**
 * The Chairman's decision on one unit for a plan year, as recorded.
 *
 * @param meanScore the unit's mean score of the year when decided; null when none of its tasks was scored
 */
record Commendation(int year, String unit, Proposal decision, String grounds, Double meanScore, String decidedBy,
                    LocalDate decidedOn) {
}
