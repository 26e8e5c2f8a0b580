package vn.phoyen.workflow.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
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

/**
 * The frame every document the ward issues shares, laid out as Decree 30/2020/NĐ-CP (Appendix I) asks: A4 portrait,
 * margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman throughout; the issuing body in full on two
 * lines top left over the number and symbol, the national name and motto top right over the place and date, the number
 * and the date on one line; the type and summary centred over a short rule; the body, abbreviations spelled out where
 * first used; recipients beside the signature block; page numbers centred in the top margin from page 2. A draft says
 * "DỰ THẢO" above everything and leaves number and day blank. A kind of document (report, plan) writes its own body
 * between {@link #open} and {@link #close}.
 */
public final class OfficialDocument {

    /** The media type of what {@link #close} gives. */
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static final String FONT = "Times New Roman";
    public static final int A4_WIDTH = 11906;
    public static final int A4_HEIGHT = 16838;
    public static final int MARGIN_TOP = mm(20);
    public static final int MARGIN_BOTTOM = mm(20);
    public static final int MARGIN_LEFT = mm(30);
    public static final int MARGIN_RIGHT = mm(15);
    public static final int TEXT_WIDTH = A4_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    public static final String NATIONAL_NAME = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    public static final String DRAFT_MARK = "DỰ THẢO";
    public static final String COMMITTEE = "ỦY BAN NHÂN DÂN";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final int BODY = 14;
    private static final int TABLE_TEXT = 12;

    /**
     * What the frame shows above the text.
     *
     * @param issuingBody the issuing body as the ward's data names it, e.g. "UBND phường Phổ Yên"
     * @param place       the place name of the date line, e.g. "Phổ Yên"
     * @param series      the symbol after the number, e.g. "BC-UBND"
     * @param number      the number and symbol, e.g. "05/BC-UBND"; null for a draft
     * @param date        the date of issue; for a draft only its year shows
     * @param type        the kind of document, "BÁO CÁO", "KẾ HOẠCH"
     * @param summary     the summary line under the type
     */
    public record Heading(String issuingBody, String place, String series, String number, LocalDate date, String type,
            String summary) {

        public boolean draft() {
            return number == null;
        }

        /** "Phổ Yên, ngày 05 tháng 02 năm 2026": day and month with a leading zero (Decree 30, Appendix I). */
        public String dateLine() {
            if (draft()) {
                return place + ", ngày      tháng      năm " + date.getYear();
            }
            return "%s, ngày %02d tháng %02d năm %d".formatted(place, date.getDayOfMonth(), date.getMonthValue(),
                    date.getYear());
        }

        public String numberLine() {
            return draft() ? "Số:       /" + series : "Số: " + number;
        }
    }

    private final XWPFDocument document = new XWPFDocument();
    private final Abbreviations abbreviations = new Abbreviations();

    private OfficialDocument() {
    }

    /** A new document with its page, heading, type and summary written; the body comes next. */
    public static OfficialDocument open(Heading heading) {
        OfficialDocument official = new OfficialDocument();
        official.pageSetup();
        if (heading.draft()) {
            official.draftMark();
        }
        official.heading(heading);
        official.title(heading);
        return official;
    }

    /**
     * "ỦY BAN NHÂN DÂN" / "PHƯỜNG PHỔ YÊN" from "UBND phường Phổ Yên": the issuing body in full, never abbreviated,
     * the committee on the first line and the ward on the second (Decree 30, Appendix I).
     */
    public static List<String> issuerLines(String issuingBody) {
        String body = issuingBody.strip();
        String lower = body.toLowerCase(VIETNAMESE);
        for (String committee : new String[] {"ủy ban nhân dân ", "ubnd "}) {
            if (lower.startsWith(committee)) {
                return List.of(COMMITTEE, body.substring(committee.length()).strip().toUpperCase(VIETNAMESE));
            }
        }
        return List.of(body.toUpperCase(VIETNAMESE));
    }

    /** "Phổ Yên" from "UBND phường Phổ Yên": the place name of the date line is the ward's own name. */
    public static String placeOf(String issuingBody) {
        String lower = issuingBody.toLowerCase(VIETNAMESE);
        for (String level : new String[] {"phường ", "xã ", "thị trấn "}) {
            int at = lower.lastIndexOf(level);
            if (at >= 0) {
                return issuingBody.substring(at + level.length()).strip();
            }
        }
        return issuingBody;
    }

    /**
     * Recipients on the left, the signature block on the right, never split across pages and never alone on one: the
     * row cannot break, and the last lines of the text keep with it. Then the document as bytes.
     */
    public byte[] close(List<String> recipients, String archive, Signature signature) {
        closing(recipients, archive, signature);
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("không tạo được tệp Word", e);
        }
    }

    /** A part ("I. KẾT QUẢ THỰC HIỆN") or a point within it ("1. Đánh giá chung"), kept with what follows. */
    public void section(String heading) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(mm(10));
        paragraph.setSpacingBefore(120);
        paragraph.setKeepNext(true);
        run(paragraph, heading, BODY, true, false);
    }

    /** A part a person wrote: one paragraph per line typed; "Không có." when left empty. */
    public void paragraphs(String text) {
        List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        if (lines.isEmpty()) {
            text("Không có.");
        }
        lines.forEach(this::text);
    }

    /** A paragraph of the body text, its abbreviations spelled out if this is their first use. */
    public XWPFParagraph text(String text) {
        XWPFParagraph paragraph = paragraph(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(mm(10));
        run(paragraph, abbreviations.spellOut(text), BODY, false, false);
        return paragraph;
    }

    /** The text with abbreviations spelled out where this document first uses them (for table cells). */
    public String spellOut(String text) {
        return abbreviations.spellOut(text);
    }

    /** A table of the body: its header row repeated on every page, columns of fixed widths. */
    public XWPFTable dataTable(int[] widths, String... headings) {
        XWPFTable table = layoutTable(1, widths);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int column = 0; column < headings.length; column++) {
            XWPFParagraph paragraph = cellParagraph(header.getCell(column), 0, ParagraphAlignment.CENTER);
            run(paragraph, headings[column], TABLE_TEXT, true, false);
        }
        return table;
    }

    public static void numbers(XWPFTableRow row, int firstColumn, int... values) {
        for (int i = 0; i < values.length; i++) {
            cell(row.getCell(firstColumn + i), ParagraphAlignment.CENTER, String.valueOf(values[i]));
        }
    }

    public static void cell(XWPFTableCell cell, ParagraphAlignment alignment, String text) {
        XWPFParagraph paragraph = cellParagraph(cell, 0, alignment);
        if (!text.isEmpty()) {
            run(paragraph, text, TABLE_TEXT, false, false);
        }
    }

    /** A line added to a cell: in its first paragraph while that is still empty. */
    public static void line(XWPFTableCell cell, String text, boolean italic) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        boolean empty = paragraphs.size() == 1 && paragraphs.get(0).getRuns().isEmpty();
        XWPFParagraph paragraph = cellParagraph(cell, empty ? 0 : paragraphs.size(), ParagraphAlignment.LEFT);
        run(paragraph, text, TABLE_TEXT, false, italic);
    }

    /** Millimetres in twentieths of a point, the unit of Word's page measures; rounded up, so a margin is never less. */
    public static int mm(double millimetres) {
        return (int) Math.ceil(millimetres * 1440 / 25.4);
    }

    private void pageSetup() {
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

    private void draftMark() {
        XWPFParagraph mark = paragraph(ParagraphAlignment.RIGHT);
        mark.setBorderTop(Borders.SINGLE);
        mark.setBorderBottom(Borders.SINGLE);
        mark.setBorderLeft(Borders.SINGLE);
        mark.setBorderRight(Borders.SINGLE);
        mark.setIndentationLeft(TEXT_WIDTH - mm(28));
        mark.setAlignment(ParagraphAlignment.CENTER);
        run(mark, DRAFT_MARK, 13, true, false);
    }

    /**
     * Issuing body and number and symbol on the left; national name, motto, place and date on the right. Two rows, so
     * that the number and the place and date stand on one line whatever the lines above them.
     */
    private void heading(Heading heading) {
        int left = mm(62);
        XWPFTable table = layoutTable(2, new int[] {left, TEXT_WIDTH - left});
        table.removeBorders();
        XWPFTableCell body = table.getRow(0).getCell(0);
        List<String> issuer = issuerLines(heading.issuingBody());
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
        run(number, heading.numberLine(), 13, false, false);
        XWPFParagraph date = cellParagraph(table.getRow(1).getCell(1), 0, ParagraphAlignment.CENTER);
        date.setSpacingBefore(120);
        run(date, heading.dateLine(), 14, false, true);
    }

    private void title(Heading heading) {
        XWPFParagraph type = paragraph(ParagraphAlignment.CENTER);
        type.setSpacingBefore(360);
        type.setSpacingAfter(0);
        run(type, heading.type(), BODY, true, false);
        XWPFParagraph summary = paragraph(ParagraphAlignment.CENTER);
        summary.setSpacingAfter(0);
        run(summary, heading.summary(), BODY, true, false);
        rule(paragraph(ParagraphAlignment.CENTER), TEXT_WIDTH, mm(40));
    }

    private void closing(List<String> recipients, String archive, Signature signature) {
        int left = mm(80);
        List<XWPFParagraph> body = document.getParagraphs();
        body.subList(Math.max(0, body.size() - 2), body.size()).forEach(last -> last.setKeepNext(true));
        paragraph(ParagraphAlignment.LEFT).setKeepNext(true);
        XWPFTable table = layoutTable(1, new int[] {left, TEXT_WIDTH - left});
        table.removeBorders();
        table.getRow(0).setCantSplitRow(true);
        XWPFTableCell recipientCell = table.getRow(0).getCell(0);
        XWPFParagraph heading = cellParagraph(recipientCell, 0, ParagraphAlignment.LEFT);
        run(heading, "Nơi nhận:", 12, true, true);
        int index = 1;
        for (String recipient : recipients) {
            run(cellParagraph(recipientCell, index++, ParagraphAlignment.LEFT), "- " + recipient + ";", 11, false,
                    false);
        }
        run(cellParagraph(recipientCell, index, ParagraphAlignment.LEFT), "- Lưu: " + archive + ".", 11, false, false);

        XWPFTableCell signatureCell = table.getRow(0).getCell(1);
        List<String> signedFor = signature.heading();
        for (int line = 0; line < signedFor.size(); line++) {
            run(cellParagraph(signatureCell, line, ParagraphAlignment.CENTER), signedFor.get(line), 14, true, false);
        }
        // room for the signature and the seal
        int name = signedFor.size() + 4;
        for (int blank = signedFor.size(); blank < name; blank++) {
            cellParagraph(signatureCell, blank, ParagraphAlignment.CENTER);
        }
        run(cellParagraph(signatureCell, name, ParagraphAlignment.CENTER), signature.name(), 14, true, false);
    }

    /** A table of fixed column widths across the text width. */
    private XWPFTable layoutTable(int rows, int[] widths) {
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

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
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
}
