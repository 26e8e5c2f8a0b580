package vn.phoyen.workflow.process;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The cases' facts (table {@code ward_case_fact}): added as they happen, read by the figures (ADR 0006). */
public interface CaseFacts {

    void record(CaseFact fact);

    /** Every fact of the procedure's cases that have a received fact from {@code from} to {@code to}, both included. */
    List<CaseFact> ofCasesReceived(String processKey, LocalDate from, LocalDate to);

    /** Every fact of one case, in the order recorded. */
    List<CaseFact> of(String processInstanceId);

    /** The process instances of the procedure that have any fact. */
    Set<String> casesWithFacts(String processKey);
}
