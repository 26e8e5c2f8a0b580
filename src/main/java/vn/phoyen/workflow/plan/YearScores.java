package vn.phoyen.workflow.plan;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The year-end results of a plan year: one per lead unit and task whose year was scored (the step "Chấm điểm kết
 * quả" of the year-end evaluation). What the year's close proposes commendations from and next year's draft flags
 * low-scored tasks by.
 */
public interface YearScores {

    /** The scored results of {@code year}, ordered by task number, then unit; empty before any was scored. */
    List<UnitScore> of(int year);

    /**
     * One lead unit's result in one task.
     *
     * @param selfAssessment the unit's own view: done, partly, not-done
     * @param score          0–100, as the reviewer gave it
     */
    record UnitScore(int taskNumber, String unit, String selfAssessment, int score) {
    }

    /** The mean score of a task over its lead units, if any was scored. */
    static OptionalDouble meanOfTask(List<UnitScore> scores, int taskNumber) {
        return scores.stream().filter(score -> score.taskNumber() == taskNumber).mapToInt(UnitScore::score).average();
    }
}
