package vn.phoyen.workflow.survey;

import java.util.List;

/**
 * The satisfaction index of one quarter, service area and unit, with the number of answers behind every percentage
 * ({@link SurveyIndex} says how each is computed). A percentage is null where there is nothing to divide by: no
 * answers is no index, not 0%.
 *
 * @param quarter      "2025-Q3"
 * @param quarterLabel "Quý III/2025"
 * @param respondents  answer sheets received
 */
public record SurveyResult(String quarter, String quarterLabel, String area, String areaLabel, String unit,
        String unitName, int respondents, List<FactorIndex> factors, OverallIndex overall) {

    public SurveyResult {
        factors = List.copyOf(factors);
    }

    /** One factor: its answers (a sheet answers each of the factor's questions), the satisfied ones, the share. */
    public record FactorIndex(String factor, String label, int answers, int satisfied, Double percent) {
    }

    /** The average of the five factor indices, null unless all five have answers; {@code answers} over all five. */
    public record OverallIndex(int answers, Double percent) {
    }
}
