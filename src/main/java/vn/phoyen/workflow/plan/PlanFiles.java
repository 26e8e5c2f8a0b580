package vn.phoyen.workflow.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The three files of one plan year as texts, wherever they come from (the jar's {@code plan/<year>/} or an edition
 * in the database), with the names error messages give them, e.g. "plan/2026/tasks.csv (bản dự thảo)".
 *
 * @param directory where the files are said to be, "plan/2026"
 * @param source    how the names end, "" for the jar's files, " (bản dự thảo)" for a draft
 * @param texts     each file's text by its name ({@link #NAMES})
 */
record PlanFiles(String directory, String source, Map<String, String> texts) {

    static final String PLAN = "plan.csv";
    static final String TASKS = "tasks.csv";
    static final String CHECKLIST = "checklist.csv";
    static final List<String> NAMES = List.of(PLAN, TASKS, CHECKLIST);

    PlanFiles {
        texts = Map.copyOf(texts);
    }

    static boolean isName(String file) {
        return NAMES.contains(file);
    }

    /** "plan/2026/tasks.csv (bản dự thảo)". */
    String nameOf(String file) {
        return directory + "/" + file + source;
    }

    String text(String file) {
        return texts.get(file);
    }

    /** The same files with one replaced. */
    PlanFiles with(String file, String text) {
        Map<String, String> changed = new HashMap<>(texts);
        changed.put(file, text);
        return new PlanFiles(directory, source, changed);
    }
}
