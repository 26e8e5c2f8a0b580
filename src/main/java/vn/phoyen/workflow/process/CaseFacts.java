package vn.phoyen.workflow.process;

import java.util.List;
import java.util.Set;

/**
 * The cases' facts (table {@code ward_case_fact}): added as they happen, and summarised per case in
 * {@code ward_case_summary}, which the figures count (ADR 0006).
 */
public interface CaseFacts {

    /** Facts that happened together; each case's summary is written once, after the last of its facts. */
    void record(List<CaseFact> facts);

    /** Every fact of one case, in the order recorded. */
    List<CaseFact> of(String processInstanceId);

    /** The process instances of the procedure that have any fact. */
    Set<String> casesWithFacts(String processKey);
}
