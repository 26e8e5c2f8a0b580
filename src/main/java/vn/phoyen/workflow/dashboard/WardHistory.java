package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

/** What the plan tasks' and dialogues' figures are counted from: the engine's history, read as plain facts. */
interface WardHistory {

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
