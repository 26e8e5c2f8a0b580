package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.referencedata.DataFileException;

/** Next year's plan drafted from this year's texts and scores, without the engine; the reader of texts; the catalog. */
class PlanDrafterTest {

    private static final PlanFiles PLAN_2028 = new PlanFiles("plan/2028", "", Map.of(
            PlanFiles.PLAN, """
                    # thử nghiệm
                    code,number,issued,effective_from,year,title,issuer
                    KH7,07/KH-UBND,2028-01-10,2028-01-10,2028,"Nâng cao Chỉ số PAPI năm 2028, giai đoạn 2028-2030",UBND phường Phổ Yên
                    """,
            PlanFiles.TASKS, """
                    number,title,lead,support,completion,deadline,papi_dimension,dialogues_per_year,per_residential_group,records_publication,group_leader_election
                    1,"Tập huấn, tuyên truyền",vhxh,all,by-date,2028-02-29,chung,,,,
                    2,Đối thoại với người dân,all,vhxh,within-year,2028-12-31,3,2,,,
                    3,Công khai ngân sách,kthtdt,vhxh banktns,ongoing,,2,,,,
                    """,
            PlanFiles.CHECKLIST, """
                    task,item
                    1,Tổ chức tập huấn
                    2,Tổ chức tối thiểu 02 hội nghị đối thoại
                    3,"Công khai tình hình thực hiện ngân sách, quyết toán"
                    """));

    private final PlanYearReader reader = new PlanYearReader(WardOrganization.units());
    private final PlanYear plan2028 = reader.read(PLAN_2028, 2028);

    private PlanFiles draft(List<YearScores.UnitScore> scores) {
        return PlanDrafter.draft(PLAN_2028, plan2028, scores, 50);
    }

    private PlanYear read(PlanFiles draft) {
        return reader.read(PlanDrafter.withIssue(draft, "03/KH-UBND", LocalDate.of(2028, 12, 20)), 2029);
    }

    @Test
    void theDraftKeepsTheCodeMovesTheYearAndLeavesTheIssueOpen() {
        PlanFiles draft = draft(List.of());
        assertThat(draft.directory()).isEqualTo("plan/2029");
        assertThat(draft.text(PlanFiles.PLAN)).contains(
                "KH7,,,2029-01-01,2029,\"Nâng cao Chỉ số PAPI năm 2029, giai đoạn 2029-2030\",UBND phường Phổ Yên");
        PlanYear plan2029 = read(draft);
        assertThat(plan2029.code()).isEqualTo("KH7");
        assertThat(plan2029.number()).isEqualTo("03/KH-UBND");
        assertThat(plan2029.issued()).isEqualTo(LocalDate.of(2028, 12, 20));
        assertThat(plan2029.effectiveFrom()).isEqualTo(LocalDate.of(2029, 1, 1));
        assertThat(draft.text(PlanFiles.CHECKLIST)).isEqualTo(PLAN_2028.text(PlanFiles.CHECKLIST));
    }

    @Test
    void deadlinesMoveOneYearAnd29FebruaryBecomes28() {
        PlanYear plan2029 = read(draft(List.of()));
        assertThat(plan2029.tasks()).extracting(PlanTask::deadline).containsExactly(
                Optional.of(LocalDate.of(2029, 2, 28)), Optional.of(LocalDate.of(2029, 12, 31)), Optional.empty());
    }

    @Test
    void unitsStayAsTheSourceWroteThemAllIncluded() {
        PlanFiles draft = draft(List.of());
        assertThat(draft.text(PlanFiles.TASKS)).contains("1,\"Tập huấn, tuyên truyền\",vhxh,all,by-date,2029-02-28,")
                .contains("2,Đối thoại với người dân,all,vhxh,within-year,2029-12-31,3,2,")
                .contains(",kthtdt,vhxh banktns,ongoing,,2,");
        PlanYear plan2029 = read(draft);
        assertThat(plan2029.tasks()).extracting(PlanTask::leadUnits).isEqualTo(plan2028.tasks().stream()
                .map(PlanTask::leadUnits).toList());
        assertThat(plan2029.tasks()).extracting(PlanTask::supportUnits).isEqualTo(plan2028.tasks().stream()
                .map(PlanTask::supportUnits).toList());
        assertThat(plan2029.tasks().get(1).dialoguesPerYear()).isEqualTo(2);
    }

    @Test
    void aTaskScoredBelowTheThresholdIsNotedAndOneAtItIsNot() {
        PlanFiles draft = draft(List.of(new YearScores.UnitScore(1, "vhxh", "partly", 49),
                new YearScores.UnitScore(2, "vhxh", "done", 60), new YearScores.UnitScore(2, "vp", "done", 40),
                new YearScores.UnitScore(3, "kthtdt", "not-done", 45), new YearScores.UnitScore(3, "kthtdt", "partly", 46)));
        String tasks = draft.text(PlanFiles.TASKS);
        assertThat(tasks.lines().filter(line -> line.startsWith("number,"))).containsExactly(
                "number,title,lead,support,completion,deadline,papi_dimension,dialogues_per_year,per_residential_group,"
                        + "records_publication,group_leader_election,review_note");
        assertThat(tasks).contains("2029-02-28,chung,,,,,Điểm bình quân năm 2028: 49/100 – cần xem lại\n")
                // 60 and 40: a mean of 50 is not below the threshold
                .contains("2029-12-31,3,2,,,,\n")
                .contains(",\"Điểm bình quân năm 2028: 45,5/100 – cần xem lại\"\n");
        // the note is for people: the plan reads as without it
        assertThat(read(draft).tasks()).hasSize(3);
    }

    @Test
    void theThresholdItselfIsNotBelowIt() {
        assertThat(PlanDrafter.reviewNote(java.util.OptionalDouble.of(50), 2028, 50)).isEmpty();
        assertThat(PlanDrafter.reviewNote(java.util.OptionalDouble.of(49), 2028, 50))
                .isEqualTo("Điểm bình quân năm 2028: 49/100 – cần xem lại");
        assertThat(PlanDrafter.reviewNote(java.util.OptionalDouble.empty(), 2028, 50)).isEmpty();
    }

    @Test
    void errorsInTextsNameTheFileAsADraftAndTheLine() {
        PlanFiles broken = draft(List.of()).with(PlanFiles.TASKS, """
                number,title,lead,support,completion,deadline,papi_dimension,dialogues_per_year,per_residential_group,records_publication,group_leader_election,review_note
                1,Tập huấn,vhxh,all,by-date,2029-02-28,chung,,,,,
                2,Đối thoại,all,vhxh,within-year,2030-12-31,3,2,,,,
                3,Công khai,kthtdt,vhxh,ongoing,,2,,,,,
                """);
        assertThatThrownBy(() -> read(broken)).isInstanceOf(DataFileException.class)
                .hasMessageStartingWith("plan/2029/tasks.csv (bản dự thảo) dòng 3: nhiệm vụ 2: cột 'deadline'")
                .hasMessageContaining("không thuộc năm kế hoạch 2029");
    }

    @Test
    void theCatalogPrefersAnIssuedEditionAndRereadsItWhenReissued() {
        Instant[] issuedAt = {Instant.parse("2026-01-05T02:00:00Z")};
        PlanFiles edition2026 = PlanDrafter.withIssue(
                PlanDrafter.draft(PlanDataFiles.onClasspath("plan/2025"), reader.read("plan/2025", 2025), List.of(), 50),
                "01/KH-UBND", LocalDate.of(2026, 1, 5));
        IssuedPlans issued = new IssuedPlans() {
            @Override
            public Optional<Instant> issuedAt(int year) {
                return year == 2026 ? Optional.of(issuedAt[0]) : Optional.empty();
            }

            @Override
            public PlanFiles files(int year) {
                return edition2026;
            }
        };
        PlanCatalog catalog = new PlanCatalog(reader, issued);
        // the test classpath's plan/2026 is KH12: the edition wins over it
        PlanYear first = catalog.year(2026);
        assertThat(first.number()).isEqualTo("01/KH-UBND");
        assertThat(catalog.year(2026)).isSameAs(first);
        issuedAt[0] = issuedAt[0].plusSeconds(60);
        assertThat(catalog.year(2026)).isNotSameAs(first);
        assertThat(catalog.year(2025).number()).isEqualTo("54/KH-UBND");
    }
}
