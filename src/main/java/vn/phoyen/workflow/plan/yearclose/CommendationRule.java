package vn.phoyen.workflow.plan.yearclose;

/**
 * The suggestion shown to the office, which proposes and may choose otherwise: commend a unit whose mean score reaches
 * {@code commendFrom} with no task it called not done; remind one whose mean is below {@code remindBelow} or that left
 * any task not done; nothing for the rest, and for a unit with no scored task (nothing to judge by).
 */
record CommendationRule(int commendFrom, int remindBelow) {

    CommendationRule {
        if (remindBelow < 0 || remindBelow > commendFrom || commendFrom > 100) {
            throw new IllegalArgumentException(
                    "ward.plan.commendation: cần 0 ≤ remind-below ≤ commend-from ≤ 100");
        }
    }

    Proposal suggest(UnitResult result) {
        if (result.notDone() > 0) {
            return Proposal.REMIND;
        }
        if (result.meanScore().isEmpty()) {
            return Proposal.NONE;
        }
        double mean = result.meanScore().getAsDouble();
        if (mean < remindBelow) {
            return Proposal.REMIND;
        }
        return mean >= commendFrom ? Proposal.COMMEND : Proposal.NONE;
    }
}
