package vn.phoyen.workflow.plan;

import static vn.phoyen.workflow.document.OfficialDocument.TEXT_WIDTH;
import static vn.phoyen.workflow.document.OfficialDocument.cell;
import static vn.phoyen.workflow.document.OfficialDocument.mm;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Signature;

/**
 * A plan as the ward issues it (Decree 30/2020, Appendix I, in the shared {@link OfficialDocument} frame): "KẾ HOẠCH",
 * the plan's title as summary, I. purpose and requirements, II. the key tasks as a table (number, task, lead and
 * support bodies, time of completion), III. organisation of the work with the reporting cycle.
 */
final class PlanDocument {

    static final String SERIES = "KH-UBND";
    private static final String ALL_UNITS = "Các phòng chuyên môn, cơ quan, đơn vị";

    private PlanDocument() {
    }

    /**
     * @param unitName        a unit's name by its id
     * @param everyUnit       the ids "all" stands for, so that such a column reads as the plan wrote it
     * @param reportingCycle  "hằng quý", …
     */
    static byte[] write(PlanYear plan, Signature signature, Function<String, String> unitName, List<String> everyUnit,
            String reportingCycle, List<String> recipients, String archive) {
        OfficialDocument document = OfficialDocument.open(new OfficialDocument.Heading(plan.issuer(),
                OfficialDocument.placeOf(plan.issuer()), SERIES, plan.number(), plan.issued(), "KẾ HOẠCH",
                plan.title()));
        document.text("Trên cơ sở phân tích, đánh giá kết quả thực hiện kế hoạch năm " + (plan.year() - 1) + ", "
                + plan.issuer() + " xây dựng kế hoạch năm " + plan.year() + " như sau:")
                .setSpacingBefore(240);
        document.section("I. MỤC ĐÍCH, YÊU CẦU");
        document.text("Duy trì, cải thiện và nâng cao Chỉ số SIPAS, Chỉ số PAPI của phường; nâng cao chất lượng phục vụ "
                + "người dân, tổ chức của các phòng chuyên môn, cơ quan, đơn vị.");
        document.text("Các nhiệm vụ được giao cụ thể cho cơ quan chủ trì, cơ quan phối hợp, có thời gian hoàn thành; "
                + "kết quả được theo dõi, báo cáo định kỳ và đánh giá cuối năm.");
        document.section("II. NHIỆM VỤ TRỌNG TÂM");
        XWPFTable table = document.dataTable(new int[] {mm(10), TEXT_WIDTH - mm(112), mm(36), mm(36), mm(30)},
                "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành");
        for (PlanTask task : plan.tasks()) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.CENTER, String.valueOf(task.number()));
            cell(row.getCell(1), ParagraphAlignment.LEFT, document.spellOut(task.title()));
            cell(row.getCell(2), ParagraphAlignment.LEFT,
                    units(task.leadUnits(), task.supportUnits(), everyUnit, unitName));
            cell(row.getCell(3), ParagraphAlignment.LEFT,
                    units(task.supportUnits(), task.leadUnits(), everyUnit, unitName));
            cell(row.getCell(4), ParagraphAlignment.CENTER, completion(task));
        }
        document.section("III. TỔ CHỨC THỰC HIỆN");
        document.text("Các phòng chuyên môn, cơ quan, đơn vị căn cứ nhiệm vụ được giao xây dựng kế hoạch, phân công "
                + "cán bộ thực hiện; báo cáo kết quả " + reportingCycle + " về UBND phường (qua Phòng Văn hóa - Xã hội) "
                + "và tự đánh giá kết quả cuối năm.");
        document.text("Phòng Văn hóa - Xã hội là cơ quan thường trực, theo dõi, đôn đốc, tổng hợp kết quả, tham mưu "
                + "UBND phường báo cáo HĐND phường và cấp trên theo quy định.");
        document.text("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo UBND phường "
                + "để xem xét, giải quyết./.");
        return document.close(recipients, archive, signature);
    }

    /** "Kế hoạch 01-KH-UBND năm 2026.docx": no slash in a file name. */
    static String fileName(PlanYear plan) {
        return ("Kế hoạch " + plan.number() + " năm " + plan.year()).replace('/', '-') + ".docx";
    }

    /** The units by name, or as the plan wrote "all": several units that with the others of the row are every unit. */
    private static String units(List<String> ids, List<String> others, List<String> everyUnit,
            Function<String, String> unitName) {
        Set<String> together = new HashSet<>(ids);
        together.addAll(others);
        if (ids.size() > 1 && together.containsAll(everyUnit)) {
            return ALL_UNITS;
        }
        return ids.stream().map(unitName).collect(Collectors.joining("; "));
    }

    private static String completion(PlanTask task) {
        return task.deadline().map(PlanDocument::day).orElse("Thường xuyên");
    }

    private static String day(LocalDate date) {
        return "%02d/%02d/%d".formatted(date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
