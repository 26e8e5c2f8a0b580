package vn.phoyen.workflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a ward report says in figures, drafted from the data when the report starts and kept as drafted, so the
 * Chairman approves the figures the office saw. Counts only: no case number, no name of anyone who complained or
 * denounced.
 *
 * @param planNumber   the number of the plan reported on, e.g. "54/KH-UBND"
 * @param planCitation the plan as first cited (Decree 30: type, number, date, issuer, summary)
 */
record ReportContent(String periodCode, String periodLabel, LocalDate from, LocalDate to, String planNumber,
        String planCitation,
        List<TaskLine> tasks, List<ProcedureLine> procedures, DialogueLine dialogues,
        List<UnitLine> units, List<SurveyLine> surveys) {

    /** A report stored before the surveys has none. */
    ReportContent {
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /** One appendix task: who leads it, how it stands, what was done, what it must report on, what is overdue. */
    record TaskLine(int number, String title, String leadUnits, String status, int progressPercent,
            List<String> doneWork, List<String> checklist, List<String> overdueItems) {
    }

    /** One procedure (complaints, denunciations, feedback, citizen reception): counts of cases. */
    record ProcedureLine(String processKey, String name, int received, int resolvedOnTime, int resolvedLate, int pending,
            int pendingOverdue) {
    }

    record DialogueLine(int held, int commitments, int commitmentsDone, int commitmentsOverdue) {
    }

    /**
     * One unit: on-time rate (resolved on time / resolved, QĐ 766) and satisfaction (satisfied / ratings), as
     * Vietnamese percentages ("87,5%") or "–" where nothing was resolved or rated.
     */
    record UnitLine(String unitName, int resolved, int resolvedOnTime, String onTimeRate, int ratings, int satisfied,
            String satisfaction) {
    }

    /**
     * The satisfaction survey (SIPAS) of one quarter, service area and unit: sheets answered, each factor's index and
     * the overall one as "87,5% (40)", the share and the answers behind it ("– (0)": no answers, no index).
     */
    record SurveyLine(String quarter, String area, String unitName, int respondents, List<String> factors,
            String overall) {
    }
}
