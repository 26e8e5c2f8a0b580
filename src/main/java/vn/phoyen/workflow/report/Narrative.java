package vn.phoyen.workflow.report;

import java.util.List;
import java.util.Map;

/**
 * The parts of a report the supervising office writes (process variables of the same names, edited in its form):
 * the general assessment, difficulties, the tasks ahead and proposals. A part left empty reads "Không có.".
 */
record Narrative(String overview, String difficulties, String nextTasks, String proposals) {

    static final String OVERVIEW = "overview";
    static final String DIFFICULTIES = "difficulties";
    static final String NEXT_TASKS = "nextTasks";
    static final String PROPOSALS = "proposals";
    /** The system's one-paragraph summary of the figures, shown to the office as a reference (not a part). */
    static final String FIGURES_SUMMARY = "figuresSummary";
    static final List<String> VARIABLES = List.of(OVERVIEW, DIFFICULTIES, NEXT_TASKS, PROPOSALS);

    /** Camunda keeps a String variable in a column of 4,000 characters. */
    static final int MAX_LENGTH = 4000;

    static Narrative of(Map<String, ?> variables) {
        return new Narrative(text(variables, OVERVIEW), text(variables, DIFFICULTIES), text(variables, NEXT_TASKS),
                text(variables, PROPOSALS));
    }

    private static String text(Map<String, ?> variables, String name) {
        return variables.get(name) instanceof String text ? text.strip() : "";
    }
}
