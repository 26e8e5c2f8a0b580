package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the plan tasks' and dialogues' figures are counted from: the engine's history, read as plain facts. */
interface WardHistory {

    /**
     * The plan tasks' processes by business key, each under any of the keys given for it (the shared model's, or the
     * model of its own a year launched before it ran on); {@link PlanTaskFacts#notStarted()} where there is none.
     * Read together: the dashboard shows every task of a plan at once.
     */
    Map<String, PlanTaskFacts> planTasks(Map<String, List<String>> processKeysByBusinessKey);

    /** The dialogue conferences whose conference day is from {@code from} to {@code to}, both included. */
    List<DialogueFacts> dialogues(LocalDate from, LocalDate to);

    /** Today in the ward's time zone, by the engine's clock. */
    LocalDate today();
}
