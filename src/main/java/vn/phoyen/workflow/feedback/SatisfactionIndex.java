package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Counts ratings per unit (and quarter) into the SIPAS-style index: ratings of 4 or 5 count as satisfied. Every unit
 * named is listed, with zero counts when nothing of it was rated; a rated unit that is not named is listed too.
 * Quarters follow the day of the rating in Asia/Ho_Chi_Minh.
 */
final class SatisfactionIndex {


    private SatisfactionIndex() {
    }

    static List<Satisfaction.UnitSatisfaction> perUnit(Collection<String> units, List<FeedbackRecords.Rating> ratings) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        units.forEach(unit -> counts.put(unit, new int[2]));
        for (FeedbackRecords.Rating rating : ratings) {
            int[] count = counts.computeIfAbsent(rating.leadUnit(), unit -> new int[2]);
            count[0]++;
            if (rating.score() >= Satisfaction.SATISFIED_FROM) {
                count[1]++;
            }
        }
        List<Satisfaction.UnitSatisfaction> result = new ArrayList<>();
        new TreeSet<>(counts.keySet()).forEach(unit -> result.add(
                new Satisfaction.UnitSatisfaction(unit, counts.get(unit)[0], counts.get(unit)[1])));
        return result;
    }

    static List<Satisfaction.QuarterSatisfaction> perUnitAndQuarter(Collection<String> units,
            List<FeedbackRecords.Rating> ratings) {
        List<Satisfaction.QuarterSatisfaction> result = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            int q = quarter;
            List<FeedbackRecords.Rating> inQuarter = ratings.stream().filter(rating -> quarter(rating) == q).toList();
            perUnit(units, inQuarter).forEach(unit -> result.add(new Satisfaction.QuarterSatisfaction(q, unit)));
        }
        return result;
    }

    static int quarter(FeedbackRecords.Rating rating) {
        return (LocalDate.ofInstant(rating.ratedAt(), WorkingCalendar.ZONE).getMonthValue() - 1) / 3 + 1;
    }
}
