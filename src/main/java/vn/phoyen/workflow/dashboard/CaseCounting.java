package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.phoyen.workflow.dashboard.CaseRecords.CaseCount;
import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.dashboard.WardFigures.ProcedureFigures;
import vn.phoyen.workflow.process.CaseStanding;

/**
 * How cases count (QĐ 766/QĐ-TTg): received when received in the period (both ends included); as they stood at the
 * end of the period's standing day ({@link #standingDay}: its last day, or today while it runs): resolved on time when
 * resolved no later than the due day (the due day itself is on time), late otherwise; pending when neither resolved
 * nor closed, overdue when pending and its due day is before the standing day.
 */
final class CaseCounting {

    enum Status {
        ON_TIME("on-time"), LATE("late"), OPEN("open"), OVERDUE("overdue"), CLOSED("closed");

        final String code;

        Status(String code) {
            this.code = code;
        }
    }

    private CaseCounting() {
    }

    /**
     * The day a period's figures stand at: its last day once it has ended; today while it runs, so a case due later
     * in the period is not yet counted overdue.
     */
    static LocalDate standingDay(LocalDate to, LocalDate today) {
        return to.isAfter(today) ? today : to;
    }

    /** The rule {@link CaseRecords} applies in the database, stated here beside the others. */
    static boolean receivedIn(CaseFacts facts, LocalDate from, LocalDate to) {
        return !facts.receivedOn().isBefore(from) && !facts.receivedOn().isAfter(to);
    }

    static Status statusAt(CaseFacts facts, LocalDate to) {
        if (facts.resolvedOn() != null && !facts.resolvedOn().isAfter(to)) {
            return CaseStanding.resolvedOnTime(facts.resolvedOn(), facts.dueOn()) ? Status.ON_TIME : Status.LATE;
        }
        if (facts.closedOn() != null && !facts.closedOn().isAfter(to)) {
            return Status.CLOSED;
        }
        return facts.dueOn() != null && facts.dueOn().isBefore(to) ? Status.OVERDUE : Status.OPEN;
    }

    static CaseRef ref(CaseFacts facts, LocalDate to) {
        return new CaseRef(facts.processKey(), facts.caseNumber(), facts.processInstanceId(),
                statusAt(facts, to).code);
    }

    /** Per cent with one decimal, null when there is nothing to divide by (nothing resolved: no rate, not 0 %). */
    static Double rate(int part, int whole) {
        return whole == 0 ? null : Math.round(part * 1000.0 / whole) / 10.0;
    }

    /** Counts of one set of cases. */
    record Tally(int received, int onTime, int late, int open, int overdue) {

        static Tally of(List<CaseCount> counts) {
            int[] cases = new int[Status.values().length];
            counts.forEach(count -> cases[count.status().ordinal()] += count.count());
            return new Tally(Arrays.stream(cases).sum(), cases[Status.ON_TIME.ordinal()], cases[Status.LATE.ordinal()],
                    cases[Status.OPEN.ordinal()] + cases[Status.OVERDUE.ordinal()], cases[Status.OVERDUE.ordinal()]);
        }

        int resolved() {
            return onTime + late;
        }
    }

    /** One line per procedure, every procedure listed even without cases. */
    static List<ProcedureFigures> perProcedure(List<CaseCount> counts) {
        List<ProcedureFigures> figures = new ArrayList<>();
        for (CaseProcedure procedure : CaseProcedure.ALL) {
            Tally tally = Tally.of(counts.stream()
                    .filter(count -> count.processKey().equals(procedure.processKey())).toList());
            figures.add(new ProcedureFigures(procedure.processKey(), procedure.name(), tally.received(),
                    tally.onTime(), tally.late(), tally.open(), tally.overdue()));
        }
        return figures;
    }
}
