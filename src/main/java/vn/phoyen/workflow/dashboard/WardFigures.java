package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * The ward's figures for a period, worked out from the engine's history and the feedback ratings: what the
 * dashboard shows and what a ward report is drafted from. Counting rules (QĐ 766/QĐ-TTg): a case counts as received
 * when its {@code receivedDate} falls in the period; on-time rate = resolved on time / resolved.
 */
public interface WardFigures {

    Figures between(LocalDate from, LocalDate to);

    record Figures(LocalDate from, LocalDate to, List<UnitFigures> units, List<ProcedureFigures> procedures,
            List<PlanTaskFigures> planTasks, List<PapiDimensionFigures> papiDimensions, DialogueFigures dialogues) {
    }

    /** A case behind a figure: what a dashboard figure links to. */
    record CaseRef(String processKey, String caseNumber, String processInstanceId) {
    }

    /** Per unit (group id) the cases it leads: feedback, complaints, denunciations handled by it. */
    record UnitFigures(String unit, String unitName, int received, int resolved, int resolvedOnTime,
            int resolvedLate, int open, int overdue, Double onTimeRate, int ratings, int satisfied,
            Double satisfactionIndex, List<CaseRef> overdueCases) {
    }

    /** Per procedure ({@code complaint}, {@code denunciation}, {@code feedback}, {@code citizen-reception}). */
    record ProcedureFigures(String processKey, String name, int received, int resolvedOnTime, int resolvedLate,
            int pending, int pendingOverdue, List<CaseRef> cases) {
    }

    /**
     * Per appendix task of the plan year covering the period: {@code status} one of {@code not-started},
     * {@code in-progress}, {@code done}, {@code overdue}; {@code progressPercent} share of its reporting periods
     * accepted; {@code doneWork} what accepted progress reports say was done.
     */
    record PlanTaskFigures(String label, int number, String title, String papiDimension, List<String> leadUnits,
            String status, int progressPercent, List<String> checklist, List<String> doneWork,
            List<String> overdueItems, String processInstanceId) {
    }

    record PapiDimensionFigures(String dimension, String name, List<String> taskLabels, int done, int inProgress,
            int overdue) {
    }

    /** Dialogue conferences held in the period and the commitments made at them. */
    record DialogueFigures(int held, int commitments, int commitmentsDone, int commitmentsOverdue,
            List<CaseRef> conferences) {
    }
}
