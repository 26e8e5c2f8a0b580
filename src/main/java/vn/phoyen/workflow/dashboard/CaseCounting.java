package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.dashboard.WardFigures.ProcedureFigures;

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

    static boolean receivedIn(CaseFacts facts, LocalDate from, LocalDate to) {
        return !facts.receivedOn().isBefore(from) && !facts.receivedOn().isAfter(to);
    }

    static Status statusAt(CaseFacts facts, LocalDate to) {
        if (facts.resolvedOn() != null && !facts.resolvedOn().isAfter(to)) {
            return facts.dueOn() == null || !facts.resolvedOn().isAfter(facts.dueOn()) ? Status.ON_TIME : Status.LATE;
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
    record Tally(int received, int onTime, int late, int open, int overdue, List<CaseRef> cases) {

        static Tally of(List<CaseFacts> cases, LocalDate to) {
            int[] counts = new int[Status.values().length];
            List<CaseRef> refs = new ArrayList<>();
            for (CaseFacts facts : cases) {
                counts[statusAt(facts, to).ordinal()]++;
                refs.add(ref(facts, to));
            }
            return new Tally(cases.size(), counts[Status.ON_TIME.ordinal()], counts[Status.LATE.ordinal()],
                    counts[Status.OPEN.ordinal()] + counts[Status.OVERDUE.ordinal()], counts[Status.OVERDUE.ordinal()],
                    refs);
        }

        int resolved() {
            return onTime + late;
        }

        List<CaseRef> overdueCases() {
            return cases.stream().filter(ref -> Status.OVERDUE.code.equals(ref.status())).toList();
        }
    }

    /**
     * One line per procedure, every procedure listed even without cases; only the cases received in the period, as
     * they stand on {@code standing}.
     */
    static List<ProcedureFigures> perProcedure(List<CaseFacts> cases, LocalDate from, LocalDate to, LocalDate standing) {
        List<ProcedureFigures> figures = new ArrayList<>();
        for (CaseProcedure procedure : CaseProcedure.ALL) {
            Tally tally = Tally.of(cases.stream().filter(facts -> facts.processKey().equals(procedure.processKey())
                    && receivedIn(facts, from, to)).toList(), standing);
            figures.add(new ProcedureFigures(procedure.processKey(), procedure.name(), tally.received(),
                    tally.onTime(), tally.late(), tally.open(), tally.overdue(), tally.cases()));
        }
        return figures;
    }
}
