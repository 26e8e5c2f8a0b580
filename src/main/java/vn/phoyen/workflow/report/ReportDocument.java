package vn.phoyen.workflow.report;

import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.document.OfficialDocument;

import static vn.phoyen.workflow.document.OfficialDocument.TEXT_WIDTH;
import static vn.phoyen.workflow.document.OfficialDocument.cell;
import static vn.phoyen.workflow.document.OfficialDocument.line;
import static vn.phoyen.workflow.document.OfficialDocument.mm;
import static vn.phoyen.workflow.document.OfficialDocument.numbers;

/**
 * Writes a report as a Word document in the ward's Decree 30/2020 frame ({@link OfficialDocument}): "BÁO CÁO", the
 * summary, then the results (tables where figures are tabular, one line where a part has nothing to report), the
 * office's assessment, difficulties, next tasks and proposals.
 */
final class ReportDocument {

    private ReportDocument() {
    }

    static byte[] write(ReportSheet sheet) {
        OfficialDocument document = OfficialDocument.open(heading(sheet));
        body(document, sheet);
        return document.close(sheet.recipients(), sheet.archive(), sheet.signature());
    }

    static OfficialDocument.Heading heading(ReportSheet sheet) {
        return new OfficialDocument.Heading(sheet.issuingBody(), sheet.place(), ReportNumbers.SERIES, sheet.number(),
                sheet.date(), "BÁO CÁO", summary(sheet.content()));
    }

    /** "Báo cáo quý III-2025 (dự thảo).docx", "Báo cáo 05-BC-UBND quý III-2025.docx": no slash in a file name. */
    static String fileName(ReportSheet sheet) {
        String name = sheet.draft() ? "Báo cáo " + sheet.content().periodLabel() + " (dự thảo)"
                : "Báo cáo " + sheet.number() + " " + sheet.content().periodLabel();
        return name.replace('/', '-') + ".docx";
    }

    static String summary(ReportContent content) {
        return "Kết quả thực hiện Kế hoạch số " + content.planNumber() + " " + content.periodLabel();
    }

    private static void body(OfficialDocument document, ReportSheet sheet) {
        ReportContent content = sheet.content();
        Narrative narrative = sheet.narrative();
        XWPFParagraph opening = document.text("Thực hiện " + content.planCitation() + ", "
                + sheet.issuingBody() + " báo cáo kết quả thực hiện " + content.periodLabel() + " (từ ngày "
                + WorkingCalendar.DAY.format(content.from()) + " đến ngày " + WorkingCalendar.DAY.format(content.to())
                + ") như sau:");
        // a blank line's worth between the rule under the summary and the text (Decree 30, Appendix I)
        opening.setSpacingBefore(240);

        document.section("I. KẾT QUẢ THỰC HIỆN");
        document.section("1. Đánh giá chung");
        document.paragraphs(narrative.overview());

        document.section("2. Kết quả thực hiện các nhiệm vụ của Kế hoạch");
        if (content.tasks().isEmpty()) {
            document.text("Trong kỳ không có nhiệm vụ nào của Kế hoạch phải báo cáo.");
        } else {
            taskTable(document, content.tasks());
        }

        document.section("3. Tiếp nhận, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị");
        if (content.procedures().stream().allMatch(ReportDocument::nothingToReport)) {
            document.text("Trong kỳ không có vụ việc khiếu nại, tố cáo, phản ánh, kiến nghị nào được "
                    + "tiếp nhận hoặc đang giải quyết.");
        } else {
            procedureTable(document, content.procedures());
            document.text("Số liệu về tố cáo chỉ gồm số lượng; thông tin người tố cáo được giữ bí mật "
                    + "theo quy định của Luật Tố cáo.");
        }

        document.section("4. Đối thoại với Nhân dân");
        ReportContent.DialogueLine dialogues = content.dialogues();
        if (dialogues.held() == 0 && dialogues.commitments() == 0) {
            document.text("Trong kỳ không có hội nghị đối thoại với Nhân dân.");
        } else {
            document.text(("Trong kỳ, tổ chức %d hội nghị đối thoại với Nhân dân; %d nội dung cam kết, "
                    + "đã thực hiện %d, quá hạn %d.").formatted(dialogues.held(), dialogues.commitments(),
                    dialogues.commitmentsDone(), dialogues.commitmentsOverdue()));
        }

        document.section("5. Giải quyết đúng hạn và mức độ hài lòng theo từng đơn vị");
        if (content.units().stream().allMatch(unit -> unit.resolved() == 0 && unit.ratings() == 0)) {
            document.text("Trong kỳ không có hồ sơ, vụ việc nào được giải quyết hoặc được đánh giá "
                    + "mức độ hài lòng.");
        } else {
            unitTable(document, content.units());
        }

        document.section("6. Mức độ hài lòng của người dân (khảo sát theo SIPAS)");
        if (content.surveys().isEmpty()) {
            document.text("Trong kỳ không có phiếu khảo sát sự hài lòng nào được trả lời.");
        } else {
            surveyTable(document, content.surveys());
            document.text("Tỷ lệ hài lòng của mỗi yếu tố = số câu trả lời \"Hài lòng\" hoặc \"Rất hài lòng\" "
                    + "trên số câu trả lời của yếu tố (trong ngoặc); chỉ số chung = trung bình cộng chỉ số của 5 yếu tố.");
        }

        document.section("II. KHÓ KHĂN, HẠN CHẾ");
        document.paragraphs(narrative.difficulties());
        document.section("III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        document.paragraphs(narrative.nextTasks());
        document.section("IV. ĐỀ XUẤT, KIẾN NGHỊ");
        document.paragraphs(narrative.proposals());

        document.text("Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + content.planNumber() + " "
                + content.periodLabel() + " của " + sheet.issuingBody() + "./.");
    }

    /** A procedure with no case received, resolved or pending in the period. */
    private static boolean nothingToReport(ReportContent.ProcedureLine procedure) {
        return procedure.received() == 0 && procedure.resolvedOnTime() == 0 && procedure.resolvedLate() == 0
                && procedure.pending() == 0;
    }

    private static void taskTable(OfficialDocument document,
            List<ReportContent.TaskLine> tasks) {
        int[] widths = {mm(10), mm(52), mm(26), mm(24), TEXT_WIDTH - mm(112)};
        XWPFTable table = document.dataTable(widths,
                "TT", "Nhiệm vụ, nội dung báo cáo", "Đơn vị chủ trì", "Tình trạng", "Kết quả thực hiện");
        for (ReportContent.TaskLine task : tasks) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.CENTER, String.valueOf(task.number()));
            XWPFTableCell what = row.getCell(1);
            cell(what, ParagraphAlignment.LEFT, document.spellOut(task.title()));
            task.checklist().forEach(item -> line(what, "- " + document.spellOut(item), false));
            cell(row.getCell(2), ParagraphAlignment.LEFT, document.spellOut(task.leadUnits()));
            cell(row.getCell(3), ParagraphAlignment.CENTER, task.status() + " (" + task.progressPercent() + "%)");
            XWPFTableCell done = row.getCell(4);
            if (task.doneWork().isEmpty()) {
                line(done, "Chưa có báo cáo được chấp nhận.", false);
            }
            task.doneWork().forEach(item -> line(done, "- " + document.spellOut(item), false));
            if (!task.overdueItems().isEmpty()) {
                line(done, "Quá hạn:", true);
                task.overdueItems().forEach(item -> line(done, "- " + document.spellOut(item), true));
            }
        }
    }

    private static void procedureTable(OfficialDocument document,
            List<ReportContent.ProcedureLine> procedures) {
        int number = mm(22);
        int[] widths = {TEXT_WIDTH - 5 * number, number, number, number, number, number};
        XWPFTable table = document.dataTable(widths, "Loại vụ việc", "Tiếp nhận", "Giải quyết đúng hạn",
                "Giải quyết quá hạn", "Đang giải quyết", "Trong đó quá hạn");
        for (ReportContent.ProcedureLine procedure : procedures) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.LEFT, document.spellOut(procedure.name()));
            numbers(row, 1, procedure.received(), procedure.resolvedOnTime(), procedure.resolvedLate(),
                    procedure.pending(), procedure.pendingOverdue());
        }
    }

    private static void surveyTable(OfficialDocument document, List<ReportContent.SurveyLine> surveys) {
        int number = mm(17);
        int[] widths = {TEXT_WIDTH - 7 * number, number, number, number, number, number, number, number};
        XWPFTable table = document.dataTable(widths, "Quý, lĩnh vực, đơn vị", "Số phiếu", "Tiếp cận dịch vụ",
                "Thủ tục hành chính", "Công chức giải quyết công việc", "Kết quả cung ứng dịch vụ",
                "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Chỉ số chung");
        for (ReportContent.SurveyLine survey : surveys) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.LEFT, survey.quarter() + " – " + survey.area() + " – "
                    + document.spellOut(survey.unitName()));
            numbers(row, 1, survey.respondents());
            for (int factor = 0; factor < survey.factors().size(); factor++) {
                cell(row.getCell(2 + factor), ParagraphAlignment.CENTER, survey.factors().get(factor));
            }
            cell(row.getCell(7), ParagraphAlignment.CENTER, survey.overall());
        }
    }

    private static void unitTable(OfficialDocument document,
            List<ReportContent.UnitLine> units) {
        int number = mm(19);
        int[] widths = {TEXT_WIDTH - 6 * number, number, number, number, number, number, number};
        XWPFTable table = document.dataTable(widths, "Đơn vị", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn",
                "Lượt đánh giá", "Hài lòng", "Chỉ số hài lòng");
        for (ReportContent.UnitLine unit : units) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.LEFT, document.spellOut(unit.unitName()));
            numbers(row, 1, unit.resolved(), unit.resolvedOnTime());
            cell(row.getCell(3), ParagraphAlignment.CENTER, unit.onTimeRate());
            numbers(row, 4, unit.ratings(), unit.satisfied());
            cell(row.getCell(6), ParagraphAlignment.CENTER, unit.satisfaction());
        }
    }
}
