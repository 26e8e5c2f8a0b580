package vn.phoyen.workflow.process;

import java.util.Map;
import java.util.Set;

/**
 * What a procedure's model tells the ward's figures (ADR 0006), declared by the feature that owns the model, next to
 * it, as a Spring bean: which of its variables say where a case stands and which steps resolve it. The engine's
 * recorder turns them into {@link CaseFact}s as they happen; nothing else reads the model's ids for the figures.
 */
public interface ProcessMilestones {

    /** The model's process key. */
    String processKey();

    /** The process variables {@link #standing} reads: when one of them changes, the standing is recorded anew. */
    Set<String> standingVariables();

    /** Where the case stands given its process variables (only those at the process instance's own scope). */
    CaseStanding standing(Map<String, Object> variables);

    /**
     * The activities whose reaching resolves the case (the first reached counts), including those of the model's
     * earlier versions that cases still running on them may reach.
     */
    Set<String> resolvingActivities();
}
