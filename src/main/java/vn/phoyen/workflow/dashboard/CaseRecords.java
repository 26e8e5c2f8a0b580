package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.phoyen.workflow.dashboard.CaseCounting.Status;

/**
 * The cases as their recorded facts leave them (ADR 0006), counted and listed by the database: a figure costs the same
 * whether the period holds ten cases or a hundred thousand. The counting rules are {@link CaseCounting}'s.
 */
interface CaseRecords {

    /**
     * How many cases of each procedure and unit received from {@code from} to {@code to} (both included) stand in each
     * status at the end of {@code standing}; a combination without cases has no row.
     */
    List<CaseCount> count(LocalDate from, LocalDate to, LocalDate standing);

    /** How many cases the selection holds. */
    long total(CaseSelection selection);

    /** One page of the selection's cases, the latest received first. */
    List<CaseFacts> page(CaseSelection selection, int offset, int limit);

    /** {@code unit} null: cases no unit leads yet (a reception's, or one not yet routed). */
    record CaseCount(String processKey, String unit, Status status, int count) {
    }

    /**
     * The cases received from {@code from} to {@code to} (both included) of one of {@code processKeys}, led by
     * {@code unit} when it is given, standing in one of {@code statuses} at the end of {@code standing}.
     */
    record CaseSelection(LocalDate from, LocalDate to, LocalDate standing, Set<String> processKeys, String unit,
            Set<Status> statuses) {
    }
}
