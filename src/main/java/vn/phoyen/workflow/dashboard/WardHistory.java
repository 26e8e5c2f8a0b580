package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

/** What the figures are counted from: the cases' recorded facts and the engine's history, read as plain facts. */
interface WardHistory {

    /** The cases of every counted procedure received from {@code from} to {@code to}, both included. */
    List<CaseFacts> casesReceived(LocalDate from, LocalDate to);

    /**
     * The plan task's process with this business key under any of its keys (the shared model's, or the model of its
     * own a year launched before it ran on); {@link PlanTaskFacts#notStarted()} when there is none.
     */
    PlanTaskFacts planTask(List<String> processKeys, String businessKey);

    /** The dialogue conferences whose conference day is from {@code from} to {@code to}, both included. */
    List<DialogueFacts> dialogues(LocalDate from, LocalDate to);

    /** Today in the ward's time zone, by the engine's clock. */
    LocalDate today();
}
