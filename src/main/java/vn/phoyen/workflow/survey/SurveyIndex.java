package vn.phoyen.workflow.survey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The satisfaction index as the notes state it (vietnam-rules.md §7.4; the official formula of QĐ 1001/QĐ-BNV was
 * not available, so this is the ward's reading, UNVERIFIED):
 * <ul>
 * <li>a factor's index = answers rated "Hài lòng" or "Rất hài lòng" (4 or 5) / all answers to the factor's questions,
 * in percent. Every question of the factor counts once per sheet that rated it, so a factor of 4 questions weighs
 * each sheet 4 times; a question left unanswered counts nowhere;</li>
 * <li>the overall index = the plain average of the five factor indices (each factor weighs the same, whatever its
 * number of questions), and only when all five have answers: an average of fewer would be another measure;</li>
 * <li>no answers: no index (null), never 0%. Percentages are rounded to one decimal at the end, the average taken
 * over the unrounded shares.</li>
 * </ul>
 * Figures are grouped by calendar quarter of the day a sheet was answered, service area and unit.
 */
final class SurveyIndex {

    private SurveyIndex() {
    }

    /** How many answers to one factor, of one rating, one quarter, area and unit. */
    record Count(String quarter, String area, String unit, String factor, int rating, int answers) {
    }

    /** How many sheets one quarter, area and unit received. */
    record Sheets(String quarter, String area, String unit, int respondents) {
    }

    static List<SurveyResult> results(List<Count> counts, List<Sheets> sheets, Function<String, String> unitNames) {
        record Key(String quarter, String area, String unit) {
        }
        Map<Key, int[][]> tallies = new LinkedHashMap<>();
        for (Count count : counts) {
            SipasFactor factor = SipasFactor.of(count.factor()).orElseThrow(
                    () -> new IllegalArgumentException("yếu tố không rõ: " + count.factor()));
            int[] tally = tallies.computeIfAbsent(new Key(count.quarter(), count.area(), count.unit()),
                    key -> new int[SipasFactor.values().length][2])[factor.ordinal()];
            tally[0] += count.answers();
            if (Rating.satisfied(count.rating())) {
                tally[1] += count.answers();
            }
        }
        Map<Key, Integer> respondents = new LinkedHashMap<>();
        sheets.forEach(sheet -> respondents.merge(new Key(sheet.quarter(), sheet.area(), sheet.unit()),
                sheet.respondents(), Integer::sum));
        respondents.keySet().forEach(key -> tallies.computeIfAbsent(key,
                k -> new int[SipasFactor.values().length][2]));
        List<SurveyResult> results = new ArrayList<>();
        tallies.forEach((key, tally) -> {
            List<SurveyResult.FactorIndex> factors = new ArrayList<>();
            double sum = 0;
            boolean everyFactor = true;
            int answers = 0;
            for (SipasFactor factor : SipasFactor.values()) {
                int factorAnswers = tally[factor.ordinal()][0];
                int satisfied = tally[factor.ordinal()][1];
                factors.add(new SurveyResult.FactorIndex(factor.code(), factor.label(), factorAnswers, satisfied,
                        percent(satisfied, factorAnswers)));
                answers += factorAnswers;
                if (factorAnswers == 0) {
                    everyFactor = false;
                } else {
                    sum += (double) satisfied / factorAnswers;
                }
            }
            Double overall = everyFactor ? rounded(100 * sum / SipasFactor.values().length) : null;
            ServiceArea area = ServiceArea.of(key.area()).orElseThrow(
                    () -> new IllegalArgumentException("lĩnh vực không rõ: " + key.area()));
            results.add(new SurveyResult(key.quarter(), quarterLabel(key.quarter()), area.code(), area.label(),
                    key.unit(), unitNames.apply(key.unit()), respondents.getOrDefault(key, 0), factors,
                    new SurveyResult.OverallIndex(answers, overall)));
        });
        results.sort(Comparator.comparing(SurveyResult::quarter).thenComparing(result -> ServiceArea.of(result.area())
                .orElseThrow().ordinal()).thenComparing(SurveyResult::unit));
        return results;
    }

    /** The share in percent, one decimal; null for no answers. */
    static Double percent(int satisfied, int answers) {
        if (satisfied < 0 || satisfied > answers) {
            throw new IllegalArgumentException(satisfied + " hài lòng trên " + answers + " câu trả lời");
        }
        return answers == 0 ? null : rounded(100.0 * satisfied / answers);
    }

    /** "2025-Q3" for a day of July to September 2025. */
    static String quarter(LocalDate day) {
        return day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
    }

    /** "Quý III/2025". */
    static String quarterLabel(String quarter) {
        Objects.requireNonNull(quarter);
        String[] roman = {"I", "II", "III", "IV"};
        return "Quý " + roman[quarter.charAt(quarter.length() - 1) - '1'] + "/" + quarter.substring(0, 4);
    }

    private static double rounded(double percent) {
        return Math.round(percent * 10) / 10.0;
    }
}
