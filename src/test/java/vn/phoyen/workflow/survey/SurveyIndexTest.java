package vn.phoyen.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.survey.SurveyIndex.Count;
import vn.phoyen.workflow.survey.SurveyIndex.Sheets;

/** The index rules at their edges: the satisfied ratings, no answers, the overall average, the grouping. */
class SurveyIndexTest {

    private static final String Q3 = "2025-Q3";
    private static final String AREA = "thu-tuc-hanh-chinh";

    @Test
    void onlyHaiLongAndRatHaiLongCountAsSatisfied() {
        assertThat(Rating.satisfied(3)).isFalse();
        assertThat(Rating.satisfied(4)).isTrue();
        assertThat(Rating.satisfied(5)).isTrue();
        assertThat(Rating.of(0)).isEmpty();
        assertThat(Rating.of(6)).isEmpty();
        assertThat(Rating.of(1).orElseThrow().label()).isEqualTo("Rất không hài lòng");
        assertThat(Rating.of(5).orElseThrow().label()).isEqualTo("Rất hài lòng");
    }

    @Test
    void noAnswersIsNoIndexNotZeroAndAllDissatisfiedIsZero() {
        assertThat(SurveyIndex.percent(0, 0)).isNull();
        assertThat(SurveyIndex.percent(0, 3)).isEqualTo(0.0);
        assertThat(SurveyIndex.percent(3, 3)).isEqualTo(100.0);
        // rounded to one decimal at the end: 2/3
        assertThat(SurveyIndex.percent(2, 3)).isEqualTo(66.7);
        assertThatThrownBy(() -> SurveyIndex.percent(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eachFactorCountsAllItsQuestionsAnswersAndTheOverallIsThePlainAverageOfTheFive() {
        List<Count> counts = new ArrayList<>();
        // tiep-can: 3 questions x 2 sheets; 4 of 6 satisfied (a 3 is neutral, not satisfied)
        counts.add(new Count(Q3, AREA, "ttdvth", "tiep-can", 5, 2));
        counts.add(new Count(Q3, AREA, "ttdvth", "tiep-can", 4, 2));
        counts.add(new Count(Q3, AREA, "ttdvth", "tiep-can", 3, 2));
        // thu-tuc: 8 answers, all satisfied
        counts.add(new Count(Q3, AREA, "ttdvth", "thu-tuc", 4, 8));
        // cong-chuc: 6 answers, none satisfied
        counts.add(new Count(Q3, AREA, "ttdvth", "cong-chuc", 2, 5));
        counts.add(new Count(Q3, AREA, "ttdvth", "cong-chuc", 1, 1));
        counts.add(new Count(Q3, AREA, "ttdvth", "ket-qua", 5, 3));
        counts.add(new Count(Q3, AREA, "ttdvth", "ket-qua", 2, 1));
        counts.add(new Count(Q3, AREA, "ttdvth", "gop-y", 4, 1));
        counts.add(new Count(Q3, AREA, "ttdvth", "gop-y", 3, 1));

        SurveyResult result = SurveyIndex.results(counts, List.of(new Sheets(Q3, AREA, "ttdvth", 2)),
                id -> "Trung tâm").get(0);

        assertThat(result.respondents()).isEqualTo(2);
        assertThat(result.factors()).extracting(SurveyResult.FactorIndex::factor, SurveyResult.FactorIndex::answers,
                SurveyResult.FactorIndex::satisfied, SurveyResult.FactorIndex::percent).containsExactly(
                tuple("tiep-can", 6, 4, 66.7),
                tuple("thu-tuc", 8, 8, 100.0),
                tuple("cong-chuc", 6, 0, 0.0),
                tuple("ket-qua", 4, 3, 75.0),
                tuple("gop-y", 2, 1, 50.0));
        // (66.67 + 100 + 0 + 75 + 50) / 5 = 58.33: the unrounded shares, not 58.34 from the rounded ones
        assertThat(result.overall().percent()).isEqualTo(58.3);
        assertThat(result.overall().answers()).isEqualTo(26);
        // not the pooled share of all answers (16/26 = 61.5%): each factor weighs the same
        assertThat(result.overall().percent()).isNotEqualTo(SurveyIndex.percent(16, 26));
    }

    @Test
    void aFactorWithoutAnswersHasNoIndexAndThenThereIsNoOverallIndex() {
        List<Count> counts = List.of(new Count(Q3, AREA, "vp", "tiep-can", 5, 1),
                new Count(Q3, AREA, "vp", "thu-tuc", 5, 1), new Count(Q3, AREA, "vp", "cong-chuc", 5, 1),
                new Count(Q3, AREA, "vp", "ket-qua", 5, 1));

        SurveyResult result = SurveyIndex.results(counts, List.of(new Sheets(Q3, AREA, "vp", 1)), id -> id).get(0);

        assertThat(result.factors().get(4).percent()).isNull();
        assertThat(result.factors().get(4).answers()).isZero();
        assertThat(result.overall().percent()).isNull();
        assertThat(result.overall().answers()).isEqualTo(4);
    }

    @Test
    void noSheetsNoResultsAndASheetWithoutRatingsIsShownWithoutIndex() {
        assertThat(SurveyIndex.results(List.of(), List.of(), id -> id)).isEmpty();

        SurveyResult blank = SurveyIndex.results(List.of(), List.of(new Sheets(Q3, AREA, "vp", 1)), id -> id).get(0);
        assertThat(blank.respondents()).isEqualTo(1);
        assertThat(blank.factors()).allSatisfy(factor -> assertThat(factor.percent()).isNull());
        assertThat(blank.overall().percent()).isNull();
    }

    @Test
    void figuresAreKeptApartByQuarterAreaAndUnitAndSortedSo() {
        List<Count> counts = List.of(new Count("2025-Q4", AREA, "vp", "tiep-can", 5, 1),
                new Count(Q3, "y-te", "vhxh", "tiep-can", 1, 1), new Count(Q3, AREA, "vp", "tiep-can", 4, 1),
                new Count(Q3, AREA, "ttdvth", "tiep-can", 2, 1));

        List<SurveyResult> results = SurveyIndex.results(counts, List.of(), id -> id);

        assertThat(results).extracting(SurveyResult::quarter, SurveyResult::area, SurveyResult::unit,
                result -> result.factors().get(0).percent()).containsExactly(
                tuple(Q3, AREA, "ttdvth", 0.0),
                tuple(Q3, AREA, "vp", 100.0),
                tuple(Q3, "y-te", "vhxh", 0.0),
                tuple("2025-Q4", AREA, "vp", 100.0));
        assertThat(results.get(2).areaLabel()).isEqualTo("Dịch vụ y tế công");
    }

    @Test
    void quartersAreCalendarQuartersOfTheDayASheetWasAnswered() {
        assertThat(SurveyIndex.quarter(LocalDate.of(2025, 3, 31))).isEqualTo("2025-Q1");
        assertThat(SurveyIndex.quarter(LocalDate.of(2025, 4, 1))).isEqualTo("2025-Q2");
        assertThat(SurveyIndex.quarter(LocalDate.of(2025, 9, 30))).isEqualTo("2025-Q3");
        assertThat(SurveyIndex.quarter(LocalDate.of(2025, 12, 31))).isEqualTo("2025-Q4");
        assertThat(SurveyIndex.quarterLabel("2025-Q3")).isEqualTo("Quý III/2025");
        assertThat(SurveyIndex.quarterLabel("2026-Q4")).isEqualTo("Quý IV/2026");
    }

    @Test
    void sharesAreWrittenTheVietnameseWayWithTheAnswersBehindThem() {
        assertThat(SurveyTable.share(87.5, 40)).isEqualTo("87,5% (40)");
        assertThat(SurveyTable.share(100.0, 3)).isEqualTo("100% (3)");
        assertThat(SurveyTable.share(null, 0)).isEqualTo("– (0)");
        assertThat(SurveyTable.markdown(List.of())).contains("không có chỉ số");
    }
}
