package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The ward's figures for a period, worked out from the cases' recorded facts (ADR 0006), the engine's history of plan
 * tasks and dialogues, and the feedback ratings: what the dashboard shows and what a ward report is drafted from.
 * Counting rules (QĐ 766/QĐ-TTg): a case counts as received when the day its procedure received it falls in the
 * period, both ends included; it stands as it did at the end of {@code to} (Asia/Ho_Chi_Minh); on-time rate = resolved on time /
 * resolved, null when nothing was resolved. A case withdrawn or merged counts as received but neither resolved nor
 * pending, so {@code received - resolved - pending} is the number closed that way.
 */
public interface WardFigures {

    Figures between(LocalDate from, LocalDate to);

    /** Where Cockpit shows a process instance, relative to the server. */
    static String cockpitLink(String processInstanceId) {
        return processInstanceId == null ? null
                : "/camunda/app/cockpit/default/#/process-instance/" + processInstanceId;
    }

    /** {@code standsOn}: the day the figures stand at, the period's last day or today while the period runs. */
    record Figures(LocalDate from, LocalDate to, LocalDate standsOn, List<UnitFigures> units,
            List<ProcedureFigures> procedures, List<PlanTaskFigures> planTasks, List<PapiDimensionFigures> papiDimensions, DialogueFigures dialogues) {
    }

    /**
     * A case behind a figure: what a dashboard figure links to. {@code status} says which figure it is behind:
     * for cases {@code on-time}, {@code late}, {@code open} (pending, not yet due), {@code overdue} (pending and past
     * due), {@code closed} (withdrawn or merged); for rated feedback {@code satisfied} (4–5) or {@code not-satisfied};
     * for dialogue conferences {@code held}; for commitments
     * {@code done}, {@code open}, {@code overdue}. Never anyone's identity.
     */
    record CaseRef(String processKey, String caseNumber, String processInstanceId, String status) {

        public CaseRef(String processKey, String caseNumber, String processInstanceId) {
            this(processKey, caseNumber, processInstanceId, null);
        }

        @JsonProperty("cockpitLink")
        public String cockpitLink() {
            return WardFigures.cockpitLink(processInstanceId);
        }
    }

    /**
     * Per unit (group id) the cases it leads: feedback, complaints, denunciations handled by it. {@code open}
     * includes {@code overdue}. The cases behind each figure are a separate, paged call
     * ({@code GET /api/dashboard/cases}), so the figures stay the same size however many cases there are.
     */
    record UnitFigures(String unit, String unitName, int received, int resolved, int resolvedOnTime,
            int resolvedLate, int open, int overdue, Double onTimeRate, int ratings, int satisfied,
            Double satisfactionIndex) {
    }

    /**
     * Per procedure ({@code complaint}, {@code denunciation}, {@code feedback}, {@code citizen-reception}).
     * {@code pending} includes {@code pendingOverdue}; the cases behind them are listed as for a unit.
     */
    record ProcedureFigures(String processKey, String name, int received, int resolvedOnTime, int resolvedLate,
            int pending, int pendingOverdue) {
    }

    /**
     * Per appendix task of the plan year covering the period: {@code status} one of {@code not-started},
     * {@code in-progress}, {@code done}, {@code overdue}; {@code progressPercent} share of its reporting periods
     * accepted; {@code doneWork} what accepted progress reports say was done.
     */
    record PlanTaskFigures(String label, int number, String title, String papiDimension, List<String> leadUnits,
            String status, int progressPercent, List<String> checklist, List<String> doneWork,
            List<String> overdueItems, String processInstanceId) {

        @JsonProperty("cockpitLink")
        public String cockpitLink() {
            return WardFigures.cockpitLink(processInstanceId);
        }
    }

    /** {@code dimension} is the PAPI number ("1" … "8"), or "chung" for tasks serving every dimension. */
    record PapiDimensionFigures(String dimension, String name, List<String> taskLabels, int done, int inProgress,
            int overdue) {
    }

    /** Dialogue conferences held in the period and the commitments made at them. */
    record DialogueFigures(int held, int commitments, int commitmentsDone, int commitmentsOverdue,
            List<CaseRef> conferences, List<CaseRef> commitmentCases) {

        public DialogueFigures(int held, int commitments, int commitmentsDone, int commitmentsOverdue,
                List<CaseRef> conferences) {
            this(held, commitments, commitmentsDone, commitmentsOverdue, conferences, List.of());
        }
    }
}
