package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases counted as the dashboard counted them before the database did (every case read, then
 * {@link CaseCounting#receivedIn} and {@link CaseCounting#statusAt} in Java): the fixture's stand-in for the database,
 * and what {@link SqlCountingTest} holds the SQL to.
 */
record JavaCaseRecords(List<CaseFacts> cases) implements CaseRecords {

    @Override
    public List<CaseCount> count(LocalDate from, LocalDate to, LocalDate standing) {
        Map<List<Object>, Integer> counts = new LinkedHashMap<>();
        for (CaseFacts facts : cases) {
            if (facts.receivedOn() != null && CaseCounting.receivedIn(facts, from, to)) {
                counts.merge(Arrays.asList(facts.processKey(), facts.unit(),
                        CaseCounting.statusAt(facts, standing)), 1, Integer::sum);
            }
        }
        List<CaseCount> rows = new ArrayList<>();
        counts.forEach((key, count) -> rows.add(new CaseCount((String) key.get(0), (String) key.get(1),
                (CaseCounting.Status) key.get(2), count)));
        return rows;
    }

    @Override
    public long total(CaseSelection selection) {
        return selected(selection).size();
    }

    @Override
    public List<CaseFacts> page(CaseSelection selection, int offset, int limit) {
        return selected(selection).stream().skip(offset).limit(limit).toList();
    }

    private List<CaseFacts> selected(CaseSelection selection) {
        return cases.stream()
                .filter(facts -> facts.receivedOn() != null
                        && CaseCounting.receivedIn(facts, selection.from(), selection.to()))
                .filter(facts -> selection.processKeys().contains(facts.processKey()))
                .filter(facts -> selection.unit() == null || selection.unit().equals(facts.unit()))
                .filter(facts -> selection.statuses().contains(CaseCounting.statusAt(facts, selection.standing())))
                .sorted(Comparator.comparing(CaseFacts::receivedOn).thenComparing(CaseFacts::caseNumber)
                        .thenComparing(CaseFacts::processInstanceId).reversed())
                .toList();
    }
}
