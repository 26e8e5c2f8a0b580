package vn.phoyen.workflow.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Writes a report as a Word document laid out as Decree 30/2020/NĐ-CP (Appendix I) asks: A4 portrait, margins top and
 * bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout; the issuing body in full on two lines top left
 * over the number and symbol, the national name and motto top right over the place and date, the number and the date
 * on one line; the type and summary centred over a short rule; the body (tables where figures are tabular, one line
 * where a part has nothing to report), abbreviations spelled out where first used; recipients beside the signature
 * block; page numbers centred in the top margin from page 2. A draft says "DỰ THẢO" above everything and leaves number
 * and day blank.
 */
final class ReportDocument {

    /** The media type of what {@link #write} gives. */
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    static final String FONT = "Times New Roman";
    static final int A4_WIDTH = 11906;
    static final int A4_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(20);
    static final int MARGIN_BOTTOM = mm(20);
    static final int MARGIN_LEFT = mm(30);
    static final int MARGIN_RIGHT = mm(15);
    static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    static final String DRAFT_MARK = "DỰ THẢO";
    static final String COMMITTEE = "ỦY BAN NHÂN DÂN";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    private static final int BODY = 14;
    private static final int TABLE_TEXT = 12;

    private ReportDocument() {
    }

    static byte[] write(ReportSheet sheet) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(document);
            if (sheet.draft()) {
                XWPFParagraph mark = paragraph(document, ParagraphAlignment.RIGHT);
                mark.setBorderTop(Borders.SINGLE);
                mark.setBorderBottom(Borders.SINGLE);
                mark.setBorderLeft(Borders.SINGLE);
                mark.setBorderRight(Borders.SINGLE);
                mark.setIndentationLeft(TEXT_WIDTH - mm(28));
                mark.setAlignment(ParagraphAlignment.CENTER);
                run(mark, DRAFT_MARK, 13, true, false);
            }
            heading(document, sheet);
            title(document, sheet.content());
            body(document, sheet, new Abbreviations());
            closing(document, sheet);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("không tạo được tệp Word của báo cáo", e);
        }
    }

    /** "Báo cáo quý III-2025 (dự thảo).docx", "Báo cáo 05-BC-UBND quý III-2025.docx": no slash in a file name. */
    static String fileName(ReportSheet sheet) {
        String name = sheet.draft() ? "Báo cáo " + sheet.content().periodLabel() + " (dự thảo)"
                : "Báo cáo " + sheet.number() + " " + sheet.content().periodLabel();
        return name.replace('/', '-') + ".docx";
    }

    /** "Phổ Yên, ngày 05 tháng 02 năm 2026": day and month with a leading zero (Decree 30, Appendix I). */
    static String dateLine(ReportSheet sheet) {
        if (sheet.draft()) {
            return sheet.place() + ", ngày      tháng      năm " + sheet.date().getYear();
        }
        return "%s, ngày %02d tháng %02d năm %d".formatted(sheet.place(), sheet.date().getDayOfMonth(),
                sheet.date().getMonthValue(), sheet.date().getYear());
    }

    /**
     * "ỦY BAN NHÂN DÂN" / "PHƯỜNG PHỔ YÊN" from "UBND phường Phổ Yên": the issuing body in full, never abbreviated,
     * the committee on the first line and the ward on the second (Decree 30, Appendix I).
     */
    static List<String> issuerLines(String issuingBody) {
        String body = issuingBody.strip();
        String lower = body.toLowerCase(VIETNAMESE);
        for (String committee : new String[] {"ủy ban nhân dân ", "ubnd "}) {
            if (lower.startsWith(committee)) {
                return List.of(COMMITTEE, body.substring(committee.length()).strip().toUpperCase(VIETNAMESE));
            }
        }
        return List.of(body.toUpperCase(VIETNAMESE));
    }

    static String numberLine(ReportSheet sheet) {
        return sheet.draft() ? "Số:       /BC-UBND" : "Số: " + sheet.number();
    }

    private static void pageSetup(XWPFDocument document) {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);

        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(10)));
        margins.setFooter(BigInteger.valueOf(mm(10)));
        margins.setGutter(BigInteger.ZERO);
        // page 1 has a header of its own, left empty: its number is not shown
        section.addNewTitlePg();
        document.createHeader(HeaderFooterType.FIRST).createParagraph();
        XWPFHeader header = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph number = header.createParagraph();
        number.setAlignment(ParagraphAlignment.CENTER);
        CTSimpleField page = number.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        CTR pageRun = page.addNewR();
        CTRPr properties = pageRun.addNewRPr();
        CTFonts pageFont = properties.addNewRFonts();
        pageFont.setAscii(FONT);
        pageFont.setHAnsi(FONT);
        properties.addNewSz().setVal(BigInteger.valueOf(BODY * 2L));
        pageRun.addNewT().setStringValue("2");
    }

    /**
     * Issuing body and number and symbol on the left; national name, motto, place and date on the right. Two rows, so
     * that the number and the place and date stand on one line whatever the lines above them.
     */
    private static void heading(XWPFDocument document, ReportSheet sheet) {
        int left = mm(62);
        XWPFTable table = layoutTable(document, 2, new int[] {left, TEXT_WIDTH - left});
        table.removeBorders();
        XWPFTableCell body = table.getRow(0).getCell(0);
        List<String> issuer = issuerLines(sheet.issuingBody());
        for (int line = 0; line < issuer.size(); line++) {
            run(cellParagraph(body, line, ParagraphAlignment.CENTER), issuer.get(line), 13, true, false);
        }
        rule(cellParagraph(body, issuer.size(), ParagraphAlignment.CENTER), left, mm(22));

        XWPFTableCell nation = table.getRow(0).getCell(1);
        run(cellParagraph(nation, 0, ParagraphAlignment.CENTER), NATIONAL_NAME, 12, true, false);
        run(cellParagraph(nation, 1, ParagraphAlignment.CENTER), MOTTO, 13, true, false);
        rule(cellParagraph(nation, 2, ParagraphAlignment.CENTER), TEXT_WIDTH - left, mm(60));

        XWPFParagraph number = cellParagraph(table.getRow(1).getCell(0), 0, ParagraphAlignment.CENTER);
        number.setSpacingBefore(120);
        run(number, numberLine(sheet), 13, false, false);
        XWPFParagraph date = cellParagraph(table.getRow(1).getCell(1), 0, ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        run(date, dateLine(sheet), 14, false, true);
    }

    private static void title(XWPFDocument document, ReportContent content) {
        XWPFParagraph type = paragraph(document, ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        type.setSpacingAfter(0);
        run(type, "BÁO CÁO", BODY, true, false);
        XWPFParagraph summary = paragraph(document, ParagraphAlignment.CENTER);
        summary.setSpacingAfter(0);
        run(summary, summary(content), BODY, true, false);
        rule(paragraph(document, ParagraphAlignment.CENTER), TEXT_WIDTH, mm(40));
    }

    static String summary(ReportContent content) {
        return "Kết quả thực hiện Kế hoạch số " + content.planNumber() + " " + content.periodLabel();
    }

    private static void body(XWPFDocument document, ReportSheet sheet, Abbreviations abbreviations) {
        ReportContent content = sheet.content();
        Narrative narrative = sheet.narrative();
        XWPFParagraph opening = text(document, abbreviations, "Thực hiện " + content.planCitation() + ", "
                + sheet.issuingBody() + " báo cáo kết quả thực hiện " + content.periodLabel() + " (từ ngày "
                + WorkingCalendar.DAY.format(content.from()) + " đến ngày " + WorkingCalendar.DAY.format(content.to())
                + ") như sau:");
        // a blank line's worth between the rule under the summary and the text (Decree 30, Appendix I)
        opening.setSpacingBefore(240);

        section(document, "I. KẾT QUẢ THỰC HIỆN");
        section(document, "1. Đánh giá chung");
        paragraphs(document, abbreviations, narrative.overview());

        section(document, "2. Kết quả thực hiện các nhiệm vụ của Kế hoạch");
        if (content.tasks().isEmpty()) {
            text(document, abbreviations, "Trong kỳ không có nhiệm vụ nào của Kế hoạch phải báo cáo.");
        } else {
            taskTable(document, abbreviations, content.tasks());
        }

        section(document, "3. Tiếp nhận, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị");
        if (content.procedures().stream().allMatch(ReportDocument::nothingToReport)) {
            text(document, abbreviations, "Trong kỳ không có vụ việc khiếu nại, tố cáo, phản ánh, kiến nghị nào được "
                    + "tiếp nhận hoặc đang giải quyết.");
        } else {
            procedureTable(document, abbreviations, content.procedures());
            text(document, abbreviations, "Số liệu về tố cáo chỉ gồm số lượng; thông tin người tố cáo được giữ bí mật "
                    + "theo quy định của Luật Tố cáo.");
        }

        section(document, "4. Đối thoại với Nhân dân");
        ReportContent.DialogueLine dialogues = content.dialogues();
        if (dialogues.held() == 0 && dialogues.commitments() == 0) {
            text(document, abbreviations, "Trong kỳ không có hội nghị đối thoại với Nhân dân.");
        } else {
            text(document, abbreviations, ("Trong kỳ, tổ chức %d hội nghị đối thoại với Nhân dân; %d nội dung cam kết, "
                    + "đã thực hiện %d, quá hạn %d.").formatted(dialogues.held(), dialogues.commitments(),
                    dialogues.commitmentsDone(), dialogues.commitmentsOverdue()));
        }

        section(document, "5. Giải quyết đúng hạn và mức độ hài lòng theo từng đơn vị");
        if (content.units().stream().allMatch(unit -> unit.resolved() == 0 && unit.ratings() == 0)) {
            text(document, abbreviations, "Trong kỳ không có hồ sơ, vụ việc nào được giải quyết hoặc được đánh giá "
                    + "mức độ hài lòng.");
        } else {
            unitTable(document, abbreviations, content.units());
        }

        section(document, "II. KHÓ KHĂN, HẠN CHẾ");
        paragraphs(document, abbreviations, narrative.difficulties());
        section(document, "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI");
        paragraphs(document, abbreviations, narrative.nextTasks());
        section(document, "IV. ĐỀ XUẤT, KIẾN NGHỊ");
        paragraphs(document, abbreviations, narrative.proposals());

        text(document, abbreviations, "Trên đây là báo cáo kết quả thực hiện Kế hoạch số " + content.planNumber() + " "
                + content.periodLabel() + " của " + sheet.issuingBody() + "./.");
    }

    /** A procedure with no case received, resolved or pending in the period. */
    private static boolean nothingToReport(ReportContent.ProcedureLine procedure) {
        return procedure.received() == 0 && procedure.resolvedOnTime() == 0 && procedure.resolvedLate() == 0
                && procedure.pending() == 0;
    }

    private static void taskTable(XWPFDocument document, Abbreviations abbreviations,
            List<ReportContent.TaskLine> tasks) {
        int[] widths = {mm(10), mm(52), mm(26), mm(24), TEXT_WIDTH - mm(112)};
        XWPFTable table = dataTable(document, widths,
                "TT", "Nhiệm vụ, nội dung báo cáo", "Đơn vị chủ trì", "Tình trạng", "Kết quả thực hiện");
        for (ReportContent.TaskLine task : tasks) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.CENTER, String.valueOf(task.number()));
            XWPFTableCell what = row.getCell(1);
            cell(what, ParagraphAlignment.LEFT, abbreviations.spellOut(task.title()));
            task.checklist().forEach(item -> line(what, "- " + abbreviations.spellOut(item), false));
            cell(row.getCell(2), ParagraphAlignment.LEFT, abbreviations.spellOut(task.leadUnits()));
            cell(row.getCell(3), ParagraphAlignment.CENTER, task.status() + " (" + task.progressPercent() + "%)");
            XWPFTableCell done = row.getCell(4);
            if (task.doneWork().isEmpty()) {
                line(done, "Chưa có báo cáo được chấp nhận.", false);
            }
            task.doneWork().forEach(item -> line(done, "- " + abbreviations.spellOut(item), false));
            if (!task.overdueItems().isEmpty()) {
                line(done, "Quá hạn:", true);
                task.overdueItems().forEach(item -> line(done, "- " + abbreviations.spellOut(item), true));
            }
        }
    }

    private static void procedureTable(XWPFDocument document, Abbreviations abbreviations,
            List<ReportContent.ProcedureLine> procedures) {
        int number = mm(22);
        int[] widths = {TEXT_WIDTH - 5 * number, number, number, number, number, number};
        XWPFTable table = dataTable(document, widths, "Loại vụ việc", "Tiếp nhận", "Giải quyết đúng hạn",
                "Giải quyết quá hạn", "Đang giải quyết", "Trong đó quá hạn");
        for (ReportContent.ProcedureLine procedure : procedures) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.LEFT, abbreviations.spellOut(procedure.name()));
            numbers(row, 1, procedure.received(), procedure.resolvedOnTime(), procedure.resolvedLate(),
                    procedure.pending(), procedure.pendingOverdue());
        }
    }

    private static void unitTable(XWPFDocument document, Abbreviations abbreviations,
            List<ReportContent.UnitLine> units) {
        int number = mm(19);
        int[] widths = {TEXT_WIDTH - 6 * number, number, number, number, number, number, number};
        XWPFTable table = dataTable(document, widths, "Đơn vị", "Đã giải quyết", "Đúng hạn", "Tỷ lệ đúng hạn",
                "Lượt đánh giá", "Hài lòng", "Chỉ số hài lòng");
        for (ReportContent.UnitLine unit : units) {
            XWPFTableRow row = table.createRow();
            cell(row.getCell(0), ParagraphAlignment.LEFT, abbreviations.spellOut(unit.unitName()));
            numbers(row, 1, unit.resolved(), unit.resolvedOnTime());
            cell(row.getCell(3), ParagraphAlignment.CENTER, unit.onTimeRate());
            numbers(row, 4, unit.ratings(), unit.satisfied());
            cell(row.getCell(6), ParagraphAlignment.CENTER, unit.satisfaction());
        }
    }

    /**
     * Recipients on the left, the signature block on the right, never split across pages and never alone on one: the
     * row cannot break, and the last lines of the text keep with it.
     */
    private static void closing(XWPFDocument document, ReportSheet sheet) {
        int left = mm(80);
        List<XWPFParagraph> body = document.getParagraphs();
        body.subList(Math.max(0, body.size() - 2), body.size()).forEach(last -> last.setKeepNext(true));
        paragraph(document, ParagraphAlignment.LEFT).setKeepNext(true);
        XWPFTable table = layoutTable(document, 1, new int[] {left, TEXT_WIDTH - left});
        table.removeBorders();
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipients = table.getRow(0).getCell(0);
        XWPFParagraph heading = cellParagraph(recipients, 0, ParagraphAlignment.LEFT);
        run(heading, "Nơi nhận:", 12, true, true);
        int index = 1;
        for (String recipient : sheet.recipients()) {
            run(cellParagraph(recipients, index++, ParagraphAlignment.LEFT), "- " + recipient + ";", 11, false, false);
        }
        run(cellParagraph(recipients, index, ParagraphAlignment.LEFT), "- Lưu: " + sheet.archive() + ".", 11, false,
                false);

        XWPFTableCell signature = table.getRow(0).getCell(1);
        List<String> signedFor = sheet.signature().heading();
        for (int line = 0; line < signedFor.size(); line++) {
            run(cellParagraph(signature, line, ParagraphAlignment.CENTER), signedFor.get(line), 14, true, false);
        }
        // room for the signature and the seal
        int name = signedFor.size() + 4;
        for (int blank = signedFor.size(); blank < name; blank++) {
            cellParagraph(signature, blank, ParagraphAlignment.CENTER);
        }
        run(cellParagraph(signature, name, ParagraphAlignment.CENTER), sheet.signature().name(), 14, true, false);
    }

    private static XWPFTable dataTable(XWPFDocument document, int[] widths, String... headings) {
        XWPFTable table = layoutTable(document, 1, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < headings.length; column++) {
            XWPFParagraph paragraph = cellParagraph(header.getCell(column), 0, ParagraphAlignment.CENTER);
            run(paragraph, headings[column], TABLE_TEXT, true, false);
        }
        return table;
    }

    /** A table of fixed column widths across the text width. */
    private static XWPFTable layoutTable(XWPFDocument document, int rows, int[] widths) {
        XWPFTable table = document.createTable(rows, widths.length);
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
                ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int width : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < widths.length; column++) {
                row.getCell(column).setWidth(String.valueOf(widths[column]));
            }
        }
        // rows added later take their widths from the grid (fixed layout)
        return table;
    }

    private static void numbers(XWPFTableRow row, int firstColumn, int... values) {
        for (int i = 0; i < values.length; i++) {
            cell(row.getCell(firstColumn + i), ParagraphAlignment.CENTER, String.valueOf(values[i]));
        }
    }

    private static void cell(XWPFTableCell cell, ParagraphAlignment alignment, String text) {
        XWPFParagraph paragraph = cellParagraph(cell, 0, alignment);
        if (!text.isEmpty()) {
            run(paragraph, text, TABLE_TEXT, false, false);
        }
    }

    /** A line added to a cell: in its first paragraph while that is still empty. */
    private static void line(XWPFTableCell cell, String text, boolean italic) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        boolean empty = paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty();
        XWPFParagraph paragraph = cellParagraph(cell, empty ? 0 : paragraphs.size(), ParagraphAlignment.LEFT);
        run(paragraph, text, TABLE_TEXT, false, italic);
    }

    /** The cell's paragraph at {@code index}, added when the cell has fewer; tight spacing inside tables. */
    private static XWPFParagraph cellParagraph(XWPFTableCell cell, int index, ParagraphAlignment alignment) {
        while (cell.getParagraphs().size() <= index) {
            cell.addParagraph();
        }
        XWPFParagraph paragraph = cell.getParagraphs().get(index);
        paragraph.setAlignment(alignment);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        return paragraph;
    }

    /** A short centred line under the issuing body, the motto and the summary, as Decree 30 draws them. */
    private static void rule(XWPFParagraph paragraph, int available, int length) {
        int indent = Math.max(0, (available - length) / 2);
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setBorderBottom(Borders.SINGLE);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        // an empty run sized small so the line sits just under the text above
        run(paragraph, "", 4, false, false);
    }

    /** A part ("I. KẾT QUẢ THỰC HIỆN") or a point within it ("1. Đánh giá chung"), kept with what follows. */
    private static void section(XWPFDocument document, String heading) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(mm(10));
        paragraph.setSpacingBefore(120);
        paragraph.setKeepNext(true);
        run(paragraph, heading, BODY, true, false);
    }

    /** A part the office wrote: one paragraph per line it typed; "Không có." when it left it empty. */
    private static void paragraphs(XWPFDocument document, Abbreviations abbreviations, String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            text(document, abbreviations, "Không có.");
        }
        lines.forEach(line -> text(document, abbreviations, line));
    }

    /** A paragraph of the body text, its abbreviations spelled out if this is their first use. */
    private static XWPFParagraph text(XWPFDocument document, Abbreviations abbreviations, String text) {
        XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(mm(10));
        run(paragraph, abbreviations.spellOut(text), BODY, false, false);
        return paragraph;
    }

    private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        // at least 6 pt between paragraphs, line spacing between single and 1.5
        paragraph.setSpacingAfter(120);
        paragraph.setSpacingBetween(1.15, LineSpacingRule.AUTO);
        return paragraph;
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
        XWPFRun run = paragraph.createRun();
        for (FontCharRange range : List.of(FontCharRange.ascii, FontCharRange.hAnsi, FontCharRange.cs,
                FontCharRange.eastAsia)) {
            run.setFontFamily(FONT, range);
        }
        run.setFontSize(size);
        run.setBold(bold);
        run.setItalic(italic);
        run.setText(text);
        return run;
    }

    /** Millimetres in twentieths of a point, the unit of Word's page measures; rounded up, so a margin is never less. */
    static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * 1440 / 25.4);
    }
}
