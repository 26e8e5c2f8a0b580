package vn.phoyen.workflow.plan.yearclose;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * One performing unit's year: the tasks it led in the plan, those the year-end evaluation scored, and their figures.
 *
 * @param meanScore   over the scored tasks; empty when none was scored
 * @param lowestScore likewise
 * @param notDone     tasks the unit itself assessed "not-done"
 */
record UnitResult(String unit, String unitName, int tasksLed, int tasksScored, OptionalDouble meanScore,
                  OptionalInt lowestScore, int notDone) {
}
