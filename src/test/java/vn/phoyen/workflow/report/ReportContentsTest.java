package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import vn.phoyen.workflow.dashboard.WardFigures.DialogueFigures;
import vn.phoyen.workflow.dashboard.WardFigures.Figures;
import vn.phoyen.workflow.document.OfficialDocument;

/** What a report says, drafted from figures made by hand (see {@link ReportFixtures}). */
class ReportContentsTest {

    private final ReportContent content = ReportFixtures.content();

    @Test
    void thePeriodAndThePlanAreThoseReportedOn() {
        assertThat(content.periodCode()).isEqualTo("2025-Q3");
        assertThat(content.periodLabel()).isEqualTo("quý III/2025");
        assertThat(content.from()).hasToString("2025-07-01");
        assertThat(content.to()).hasToString("2025-09-30");
        assertThat(content.planNumber()).isEqualTo("54/KH-UBND");
    }

    @Test
    void eachTaskHasItsLeadUnitsStatusWorkDoneChecklistAndOverdueItems() {
        assertThat(content.tasks()).containsExactly(
                new ReportContent.TaskLine(2, "Tổ chức tập huấn, tuyên truyền về Chỉ số SIPAS và PAPI",
                        "Phòng Văn hoá - Xã hội", "Hoàn thành", 100, List.of("Tổ chức 02 lớp tập huấn cho 120 cán bộ"),
                        List.of("Số lớp tập huấn", "Số người tham dự"), List.of()),
                new ReportContent.TaskLine(7, "Giải quyết kịp thời phản ánh, kiến nghị của người dân",
                        "Văn phòng HĐND và UBND phường; Công an phường", "Quá hạn", 50,
                        List.of("Trả lời 12 phản ánh đúng hạn"), List.of("Số phản ánh đã trả lời"),
                        List.of("Báo cáo quý III/2025 của Công an phường")));
    }

    @Test
    void everyStatusReadsInVietnameseAndAnUnknownOneIsAnError() {
        assertThat(ReportContents.status("not-started")).isEqualTo("Chưa triển khai");
        assertThat(ReportContents.status("in-progress")).isEqualTo("Đang thực hiện");
        assertThat(ReportContents.status("done")).isEqualTo("Hoàn thành");
        assertThat(ReportContents.status("overdue")).isEqualTo("Quá hạn");
        assertThatThrownBy(() -> ReportContents.status("late")).hasMessageContaining("late");
    }

    @Test
    void eachProcedureHasItsCounts() {
        assertThat(content.procedures()).containsExactly(
                new ReportContent.ProcedureLine("complaint", "Khiếu nại", 4, 3, 1, 0, 0),
                new ReportContent.ProcedureLine("denunciation", "Tố cáo", 2, 0, 0, 2, 1),
                new ReportContent.ProcedureLine("feedback", "Phản ánh, kiến nghị", 5, 4, 0, 1, 0),
                new ReportContent.ProcedureLine("citizen-reception", "Tiếp công dân", 6, 6, 0, 0, 0));
    }

    @Test
    void denunciationsAreCountedWithoutAnythingThatLeadsToTheDenouncer() throws Exception {
        String stored = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(content);

        assertThat(stored).doesNotContain(ReportFixtures.DENUNCIATION_NUMBER).doesNotContain("pi-3")
                .doesNotContain(ReportFixtures.DENOUNCER);
    }

    @Test
    void dialoguesAndTheirCommitmentsAreCounted() {
        assertThat(content.dialogues()).isEqualTo(new ReportContent.DialogueLine(1, 3, 2, 1));
    }

    @Test
    void eachUnitHasItsOnTimeRateAndSatisfactionWorkedOutFromTheCounts() {
        assertThat(content.units()).containsExactly(
                new ReportContent.UnitLine("Văn phòng HĐND và UBND phường", 8, 7, "87,5%", 6, 5, "83,3%"),
                new ReportContent.UnitLine("Công an phường", 0, 0, "–", 0, 0, "–"));
    }

    @Test
    void percentagesAreVietnameseWithOneDecimalAtMost() {
        assertThat(ReportContents.percent(0, 0)).isEqualTo("–");
        assertThat(ReportContents.percent(0, 3)).isEqualTo("0%");
        assertThat(ReportContents.percent(1, 3)).isEqualTo("33,3%");
        assertThat(ReportContents.percent(2, 3)).isEqualTo("66,7%");
        assertThat(ReportContents.percent(4, 4)).isEqualTo("100%");
    }

    @Test
    void theFirstAssessmentSumsTheCasesResidentsBroughtWithoutCountingReceptionsTwice() {
        assertThat(ReportContents.overview(content)).isEqualTo("Trong quý III/2025 (từ ngày 01/07/2025 đến ngày "
                + "30/09/2025), 1/2 nhiệm vụ của Kế hoạch đã hoàn thành, 1 nhiệm vụ quá hạn. Các đơn vị tiếp nhận 11 vụ "
                + "việc khiếu nại, tố cáo, phản ánh, kiến nghị; giải quyết đúng hạn 7, quá hạn 1; đang giải quyết 3. "
                + "Tổ chức 1 hội nghị đối thoại với Nhân dân, với 3 nội dung cam kết.");
    }

    @Test
    void aPeriodWithoutDataGivesAnEmptyReportNotAnError() {
        Figures nothing = new Figures(ReportFixtures.quarterThree().from(), ReportFixtures.quarterThree().to(),
                ReportFixtures.quarterThree().to(), List.of(), List.of(), List.of(), List.of(), new DialogueFigures(0, 0, 0, 0, List.of()));

        ReportContent empty = ReportContents.draft(nothing, ReportFixtures.quarterThree(), "54/KH-UBND", "Kế hoạch",
                id -> id, List.of());

        assertThat(empty.tasks()).isEmpty();
        assertThat(ReportContents.overview(empty)).contains("0/0 nhiệm vụ", "tiếp nhận 0 vụ việc");
    }

    @Test
    void theSatisfactionSurveysAreInTheContentWithTheAnswersBehindEveryPercentage() {
        ReportContent content = ReportFixtures.content();

        assertThat(content.surveys()).containsExactly(new ReportContent.SurveyLine("Quý III/2025",
                "Dịch vụ hành chính công (thủ tục hành chính)", "Trung tâm dịch vụ tổng hợp phường", 8,
                List.of("87,5% (24)", "75% (32)", "100% (24)", "75% (16)", "– (0)"), "– (96)"));
    }

    @Test
    void thePlaceOfTheDateLineIsTheWardsName() {
        assertThat(OfficialDocument.placeOf("UBND phường Phổ Yên")).isEqualTo("Phổ Yên");
        assertThat(OfficialDocument.placeOf("Ủy ban nhân dân Phường Phổ Yên")).isEqualTo("Phổ Yên");
        assertThat(OfficialDocument.placeOf("UBND xã Tân Cương")).isEqualTo("Tân Cương");
        assertThat(OfficialDocument.placeOf("Phổ Yên")).isEqualTo("Phổ Yên");
    }
}
