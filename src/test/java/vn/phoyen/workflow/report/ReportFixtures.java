package vn.phoyen.workflow.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.phoyen.workflow.dashboard.WardFigures.CaseRef;
import vn.phoyen.workflow.dashboard.WardFigures.DialogueFigures;
import vn.phoyen.workflow.dashboard.WardFigures.Figures;
import vn.phoyen.workflow.dashboard.WardFigures.PlanTaskFigures;
import vn.phoyen.workflow.dashboard.WardFigures.ProcedureFigures;
import vn.phoyen.workflow.dashboard.WardFigures.UnitFigures;
import vn.phoyen.workflow.document.Signature;
import vn.phoyen.workflow.survey.SurveyResult;

/** Figures made by hand for quarter III of 2025, and a sheet around them. */
final class ReportFixtures {

    /** Every Vietnamese vowel with every tone, both cases, and đ/Đ. */
    static final String EVERY_DIACRITIC = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ "
            + "uùúủũụ ưừứửữự yỳýỷỹỵ đ AÀÁẢÃẠ ĂẰẮẲẴẶ ÂẦẤẨẪẬ EÈÉẺẼẸ ÊỀẾỂỄỆ IÌÍỈĨỊ OÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ "
            + "UÙÚỦŨỤ ƯỪỨỬỮỰ YỲÝỶỸỴ Đ";

    static final String DENOUNCER = "Nguyễn Văn Tố";
    static final String DENUNCIATION_NUMBER = "TC-2025-0003";

    static final Map<String, String> UNIT_NAMES = Map.of("vhxh", "Phòng Văn hoá - Xã hội",
            "vp", "Văn phòng HĐND và UBND phường", "ca", "Công an phường");

    private ReportFixtures() {
    }

    static ReportPeriod quarterThree() {
        return ReportPeriod.parse("2025-Q3");
    }

    static Figures figures() {
        LocalDate from = LocalDate.of(2025, 7, 1);
        LocalDate to = LocalDate.of(2025, 9, 30);
        return new Figures(from, to, to,
                List.of(new UnitFigures("vp", "Văn phòng HĐND và UBND phường", 9, 8, 7, 1, 1, 0, 0.875, 6, 5, 5 / 6.0),
                        new UnitFigures("ca", "Công an phường", 2, 0, 0, 0, 2, 1, null, 0, 0, null)),
                List.of(new ProcedureFigures("complaint", "Khiếu nại", 4, 3, 1, 0, 0),
                        new ProcedureFigures("denunciation", "Tố cáo", 2, 0, 0, 2, 1),
                        new ProcedureFigures("feedback", "Phản ánh, kiến nghị", 5, 4, 0, 1, 0),
                        new ProcedureFigures("citizen-reception", "Tiếp công dân", 6, 6, 0, 0, 0)),
                List.of(new PlanTaskFigures("T02", 2, "Tổ chức tập huấn, tuyên truyền về Chỉ số SIPAS và PAPI", "chung",
                                List.of("vhxh"), "done", 100, List.of("Số lớp tập huấn", "Số người tham dự"),
                                List.of("Tổ chức 02 lớp tập huấn cho 120 cán bộ"), List.of(), "pi-t2"),
                        new PlanTaskFigures("T07", 7, "Giải quyết kịp thời phản ánh, kiến nghị của người dân", "5",
                                List.of("vp", "ca"), "overdue", 50, List.of("Số phản ánh đã trả lời"),
                                List.of("Trả lời 12 phản ánh đúng hạn"),
                                List.of("Báo cáo quý III/2025 của Công an phường"), "pi-t7")),
                List.of(),
                new DialogueFigures(1, 3, 2, 1, List.of(new CaseRef("dialogue", "DT-1", "pi-d1"))));
    }

    static ReportContent content() {
        return ReportContents.draft(figures(), quarterThree(), "54/KH-UBND",
                "Kế hoạch số 54/KH-UBND ngày 11/09/2025 của UBND phường Phổ Yên về nâng cao Chỉ số SIPAS, PAPI",
                UNIT_NAMES::get, List.of(survey()));
    }

    /** Eight sheets at the service centre: four factors with answers, the fifth none (so no overall index). */
    static SurveyResult survey() {
        return new SurveyResult("2025-Q3", "Quý III/2025", "thu-tuc-hanh-chinh",
                "Dịch vụ hành chính công (thủ tục hành chính)", "ttdvth", "Trung tâm dịch vụ tổng hợp phường", 8,
                List.of(new SurveyResult.FactorIndex("tiep-can", "Tiếp cận dịch vụ", 24, 21, 87.5),
                        new SurveyResult.FactorIndex("thu-tuc", "Thủ tục hành chính", 32, 24, 75.0),
                        new SurveyResult.FactorIndex("cong-chuc", "Công chức giải quyết công việc", 24, 24, 100.0),
                        new SurveyResult.FactorIndex("ket-qua", "Kết quả cung ứng dịch vụ", 16, 12, 75.0),
                        new SurveyResult.FactorIndex("gop-y", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", 0, 0,
                                null)),
                new SurveyResult.OverallIndex(96, null));
    }

    static Narrative narrative() {
        return new Narrative("Các đơn vị đã triển khai đồng bộ các nhiệm vụ.\nKết quả bước đầu tích cực.",
                "Kiểm tra dấu: " + EVERY_DIACRITIC, "", "Đề nghị UBND tỉnh hỗ trợ kinh phí.");
    }

    static ReportSheet draft() {
        return new ReportSheet("UBND phường Phổ Yên", "Phổ Yên", null, LocalDate.of(2025, 10, 6), content(),
                narrative(), Signature.chairman("Ngô Văn Phúc"), recipients(), "VT, VHXH");
    }

    static ReportSheet issued() {
        return new ReportSheet("UBND phường Phổ Yên", "Phổ Yên", "05/BC-UBND", LocalDate.of(2026, 2, 5), content(),
                narrative(), Signature.chairman("Ngô Văn Phúc"), recipients(), "VT, VHXH");
    }

    static List<String> recipients() {
        return List.of("UBND tỉnh Thái Nguyên (b/c)", "Thường trực Đảng ủy, HĐND phường (b/c)",
                "Chủ tịch, các Phó Chủ tịch UBND phường", "Các phòng, đơn vị thuộc UBND phường");
    }
}
