package vn.phoyen.workflow.feedback;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SIPAS-style index per unit from the units' rating counts (ratings of 4 or 5 count as satisfied): every unit
 * named is listed, with zero counts when nothing of it was rated; a rated unit that is not named is listed too.
 */
final class SatisfactionIndex {

    private SatisfactionIndex() {
    }

    static List<Satisfaction.UnitSatisfaction> perUnit(Collection<String> units,
            List<FeedbackRecords.RatingCount> counts) {
        Map<String, Satisfaction.UnitSatisfaction> byUnit = new TreeMap<>();
        units.forEach(unit -> byUnit.put(unit, new Satisfaction.UnitSatisfaction(unit, 0, 0)));
        counts.forEach(count -> byUnit.put(count.leadUnit(),
                new Satisfaction.UnitSatisfaction(count.leadUnit(), count.ratings(), count.satisfied())));
        return List.copyOf(byUnit.values());
    }
}
