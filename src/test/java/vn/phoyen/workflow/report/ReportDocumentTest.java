package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.phoyen.workflow.document.Signature;
import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Abbreviations;

/** The Word document opened with POI: every part Decree 30/2020 requires, in its place, font and size. */
class ReportDocumentTest {

    private final XWPFDocument issued = open(ReportDocument.write(ReportFixtures.issued()));
    private final XWPFDocument draft = open(ReportDocument.write(ReportFixtures.draft()));

    @Test
    void thePageIsA4PortraitWithTheOfficialMargins() {
        CTSectPr section = issued.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        assertThat(millimetres(size.getW())).isCloseTo(210, org.assertj.core.data.Offset.offset(0.5));
        assertThat(millimetres(size.getH())).isCloseTo(297, org.assertj.core.data.Offset.offset(0.5));
        assertThat(size.getOrient()).hasToString("portrait");
        CTPageMar margins = section.getPgMar();
        assertThat(millimetres(margins.getTop())).isBetween(20.0, 25.0);
        assertThat(millimetres(margins.getBottom())).isBetween(20.0, 25.0);
        assertThat(millimetres(margins.getLeft())).isBetween(30.0, 35.0);
        assertThat(millimetres(margins.getRight())).isBetween(15.0, 20.0);
    }

    @Test
    void everyRunIsTimesNewRoman() throws Exception {
        List<XWPFRun> runs = runs(issued);
        assertThat(runs).hasSizeGreaterThan(50);
        assertThat(runs).allSatisfy(run -> {
            assertThat(run.getFontFamily(FontCharRange.ascii)).as(run.text()).isEqualTo("Times New Roman");
            assertThat(run.getFontFamily(FontCharRange.hAnsi)).as(run.text()).isEqualTo("Times New Roman");
        });
        assertThat(issued.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getHAnsi())
                .isEqualTo("Times New Roman");
    }

    @Test
    void pageNumbersAreCentredInTheTopMarginAndHiddenOnPageOne() {
        assertThat(issued.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        XWPFParagraph number = issued.getHeaderFooterPolicy().getDefaultHeader().getParagraphs().get(0);
        assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(number.getCTP().getFldSimpleArray(0).getInstr()).contains("PAGE");
        assertThat(issued.getHeaderFooterPolicy().getFirstPageHeader().getParagraphs())
                .allSatisfy(paragraph -> {
                    assertThat(paragraph.getCTP().sizeOfFldSimpleArray()).isZero();
                    assertThat(paragraph.getText()).isEmpty();
                });
        assertThat(issued.getHeaderList()).hasSize(2);
    }

    @Test
    void theIssuingBodyInFullAndNumberAreTopLeftTheNationalNameMottoAndDateTopRight() {
        XWPFTableRow heading = issued.getTables().get(0).getRow(0);
        XWPFTableCell left = heading.getCell(0);
        // the issuing body in full, on two lines: never "UBND PHƯỜNG PHỔ YÊN"
        assertThat(left.getParagraphs().subList(0, 2)).extracting(XWPFParagraph::getText)
                .containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ YÊN");
        for (String line : List.of("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ YÊN")) {
            XWPFRun body = run(left, line);
            assertThat(body.isBold()).as(line).isTrue();
            assertThat(body.getFontSizeAsDouble()).as(line).isBetween(12.0, 13.0);
        }
        assertThat(text(issued)).doesNotContain("UBND PHƯỜNG");
        // a short rule under it
        assertThat(left.getParagraphs().get(2).getCTP().getPPr().isSetPBdr()).isTrue();

        XWPFTableCell right = heading.getCell(1);
        XWPFRun nationalName = run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(nationalName.isBold()).isTrue();
        assertThat(nationalName.getFontSizeAsDouble()).isBetween(12.0, 13.0);
        XWPFRun motto = run(right, "Độc lập - Tự do - Hạnh phúc");
        assertThat(motto.isBold()).isTrue();
        assertThat(motto.getFontSizeAsDouble()).isBetween(13.0, 14.0);
        // the national name comes first, top right
        assertThat(right.getParagraphs().get(0).getText()).isEqualTo("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(right.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    }

    @Test
    void theNumberAndThePlaceAndDateStandOnOneLine() {
        XWPFTableRow line = issued.getTables().get(0).getRow(1);
        assertThat(cells(line)).containsExactly("Số: 05/BC-UBND", "Phổ Yên, ngày 05 tháng 02 năm 2026");
        assertThat(run(line.getCell(0), "Số: 05/BC-UBND").isBold()).isFalse();
        XWPFRun date = run(line.getCell(1), "Phổ Yên, ngày 05 tháng 02 năm 2026");
        assertThat(date.isItalic()).isTrue();
        assertThat(date.getFontSizeAsDouble()).isBetween(13.0, 14.0);
        assertThat(cells(draft.getTables().get(0).getRow(1)))
                .containsExactly("Số:       /BC-UBND", "Phổ Yên, ngày      tháng      năm 2025");
    }

    @Test
    void theIssuingBodyIsWrittenInFullWhateverTheDataCallsIt() {
        assertThat(OfficialDocument.issuerLines("UBND phường Phổ Yên")).containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ YÊN");
        assertThat(OfficialDocument.issuerLines("Ủy ban nhân dân phường Phổ Yên"))
                .containsExactly("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ YÊN");
        assertThat(OfficialDocument.issuerLines("Ủy ban nhân dân xã Tân Phú")).containsExactly("ỦY BAN NHÂN DÂN", "XÃ TÂN PHÚ");
    }

    @Test
    void theTypeAndSummaryAreCentredInBold() {
        List<XWPFParagraph> paragraphs = issued.getParagraphs();
        int type = indexOf(paragraphs, "BÁO CÁO");
        assertThat(paragraphs.get(type).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(paragraphs.get(type).getRuns().get(0).isBold()).isTrue();
        XWPFParagraph summary = paragraphs.get(type + 1);
        assertThat(summary.getText()).isEqualTo("Kết quả thực hiện Kế hoạch số 54/KH-UBND quý III/2025");
        assertThat(summary.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        assertThat(summary.getRuns().get(0).isBold()).isTrue();
        // a short rule under the summary, then a line's space before the text
        XWPFParagraph rule = paragraphs.get(type + 2);
        assertThat(rule.getText()).isEmpty();
        assertThat(rule.getCTP().getPPr().getPBdr().isSetBottom()).isTrue();
        assertThat(rule.getIndentationLeft()).isPositive();
        assertThat(paragraphs.get(type + 3).getText()).startsWith("Thực hiện Kế hoạch số 54/KH-UBND");
        assertThat(paragraphs.get(type + 3).getSpacingBefore()).isGreaterThanOrEqualTo(240);
    }

    @Test
    void theBodyCitesThePlanAndPutsTheFiguresInTables() {
        String text = text(issued);
        assertThat(text).contains("Thực hiện Kế hoạch số 54/KH-UBND ngày 11/09/2025 của Ủy ban nhân dân (UBND) phường "
                        + "Phổ Yên",
                "quý III/2025 (từ ngày 01/07/2025 đến ngày 30/09/2025)", "I. KẾT QUẢ THỰC HIỆN", "1. Đánh giá chung",
                "II. KHÓ KHĂN, HẠN CHẾ", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "IV. ĐỀ XUẤT, KIẾN NGHỊ",
                "tổ chức 1 hội nghị đối thoại", "./.");
        // a part the office left empty
        assertThat(text).contains("Không có.");

        XWPFTable tasks = tableHeaded(issued, "TT");
        assertThat(cells(tasks.getRow(2))).containsExactly("7",
                "Giải quyết kịp thời phản ánh, kiến nghị của người dân\n- Số phản ánh đã trả lời",
                "Văn phòng Hội đồng nhân dân (HĐND) và UBND phường; Công an phường", "Quá hạn (50%)",
                "- Trả lời 12 phản ánh đúng hạn\nQuá hạn:\n- Báo cáo quý III/2025 của Công an phường");
        XWPFTable procedures = tableHeaded(issued, "Loại vụ việc");
        assertThat(cells(procedures.getRow(2))).containsExactly("Tố cáo", "2", "0", "0", "2", "1");
        XWPFTable units = tableHeaded(issued, "Đơn vị");
        assertThat(cells(units.getRow(1))).containsExactly("Văn phòng HĐND và UBND phường", "8", "7", "87,5%", "6",
                "5", "83,3%");
    }

    @Test
    void noDenouncerAndNoCaseNumberAppear() {
        assertThat(text(issued)).doesNotContain(ReportFixtures.DENOUNCER)
                .doesNotContain(ReportFixtures.DENUNCIATION_NUMBER).doesNotContain("KN-2025-0001");
    }

    @Test
    void abbreviationsAreSpelledOutWhereTheTextFirstUsesThem() {
        String text = text(issued);
        String body = text.substring(text.indexOf("Thực hiện Kế hoạch"), text.indexOf("Nơi nhận:"));
        for (String term : List.of("UBND", "HĐND", "SIPAS", "PAPI")) {
            String inFull = Abbreviations.IN_FULL.get(term) + " (" + term + ")";
            assertThat(body).as(term).containsOnlyOnce(inFull);
            // no use of it before it is spelled out, outside numbers and symbols such as 54/KH-UBND
            String before = body.substring(0, body.indexOf(inFull)).replaceAll("\\d+/[A-Z-]+", "");
            assertThat(before).as(term).doesNotContainPattern("(?<![\\p{L}-])" + term + "(?!\\p{L})");
        }
        assertThat(body).contains("về nâng cao Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan "
                + "hành chính nhà nước (SIPAS), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)")
                // later uses stay short
                .contains("tuyên truyền về Chỉ số SIPAS và PAPI", ", UBND phường Phổ Yên báo cáo",
                        "Đề nghị UBND tỉnh hỗ trợ kinh phí.");
    }

    @Test
    void anAbbreviationTheWriterSpelledOutIsNotSpelledOutAgain() {
        Abbreviations abbreviations = new Abbreviations();
        assertThat(abbreviations.spellOut("Hội đồng nhân dân (HĐND) phường")).isEqualTo("Hội đồng nhân dân (HĐND) phường");
        assertThat(abbreviations.spellOut("Thường trực HĐND, số 12/UBND-VP"))
                .isEqualTo("Thường trực HĐND, số 12/UBND-VP");
        assertThat(abbreviations.spellOut("UBND phường")).isEqualTo("Ủy ban nhân dân (UBND) phường");
    }

    @Test
    void theSatisfactionSurveyIsAShortTableWithTheAnswersBehindEachShare() {
        XWPFDocument issued = open(ReportDocument.write(ReportFixtures.issued()));

        XWPFTable surveys = issued.getTables().stream()
                .filter(table -> cells(table.getRow(0)).contains("Chỉ số chung")).findFirst().orElseThrow();
        assertThat(cells(surveys.getRow(0))).containsExactly("Quý, lĩnh vực, đơn vị", "Số phiếu", "Tiếp cận dịch vụ",
                "Thủ tục hành chính", "Công chức giải quyết công việc", "Kết quả cung ứng dịch vụ",
                "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Chỉ số chung");
        assertThat(cells(surveys.getRow(1))).containsExactly(
                "Quý III/2025 – Dịch vụ hành chính công (thủ tục hành chính) – Trung tâm dịch vụ tổng hợp phường",
                "8", "87,5% (24)", "75% (32)", "100% (24)", "75% (16)", "– (0)", "– (96)");
    }

    @Test
    void aPartWithNothingToReportSaysSoInOneLine() {
        ReportSheet sheet = ReportFixtures.issued();
        ReportContent full = sheet.content();
        ReportContent quiet = new ReportContent(full.periodCode(), full.periodLabel(), full.from(), full.to(),
                full.planNumber(), full.planCitation(), List.of(),
                full.procedures().stream().map(procedure -> new ReportContent.ProcedureLine(procedure.processKey(),
                        procedure.name(), 0, 0, 0, 0, 0)).toList(),
                new ReportContent.DialogueLine(0, 0, 0, 0),
                full.units().stream().map(unit -> new ReportContent.UnitLine(unit.unitName(), 0, 0, "–", 0, 0, "–"))
                        .toList(), List.of());
        XWPFDocument document = open(ReportDocument.write(new ReportSheet(sheet.issuingBody(), sheet.place(),
                sheet.number(), sheet.date(), quiet, sheet.narrative(), sheet.signature(), sheet.recipients(),
                sheet.archive())));

        List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertThat(next(paragraphs, "2. Kết quả thực hiện các nhiệm vụ của Kế hoạch"))
                .isEqualTo("Trong kỳ không có nhiệm vụ nào của Kế hoạch phải báo cáo.");
        assertThat(next(paragraphs, "3. Tiếp nhận, giải quyết khiếu nại, tố cáo, phản ánh, kiến nghị"))
                .isEqualTo("Trong kỳ không có vụ việc khiếu nại, tố cáo, phản ánh, kiến nghị nào được tiếp nhận hoặc "
                        + "đang giải quyết.");
        assertThat(next(paragraphs, "4. Đối thoại với Nhân dân"))
                .isEqualTo("Trong kỳ không có hội nghị đối thoại với Nhân dân.");
        assertThat(next(paragraphs, "5. Giải quyết đúng hạn và mức độ hài lòng theo từng đơn vị"))
                .isEqualTo("Trong kỳ không có hồ sơ, vụ việc nào được giải quyết hoặc được đánh giá mức độ hài lòng.");
        assertThat(next(paragraphs, "6. Mức độ hài lòng của người dân (khảo sát theo SIPAS)"))
                .isEqualTo("Trong kỳ không có phiếu khảo sát sự hài lòng nào được trả lời.");
        // no table of zeros: the heading and the closing are the only tables left
        assertThat(document.getTables()).hasSize(2);
        assertThat(text(document)).doesNotContain("Loại vụ việc", "Tỷ lệ đúng hạn");
    }

    @Test
    void recipientsAreBesideTheSignatureBlock() {
        XWPFTableRow closing = issued.getTables().get(issued.getTables().size() - 1).getRow(0);
        List<XWPFParagraph> recipients = closing.getCell(0).getParagraphs();
        assertThat(recipients.get(0).getText()).isEqualTo("Nơi nhận:");
        assertThat(recipients.get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(recipients.get(0).getRuns().get(0).isItalic()).isTrue();
        assertThat(recipients.get(1).getText()).isEqualTo("- UBND tỉnh Thái Nguyên (b/c);");
        assertThat(recipients.get(recipients.size() - 1).getText()).isEqualTo("- Lưu: VT, VHXH.");

        List<String> signature = closing.getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(line -> !line.isEmpty()).toList();
        assertThat(signature).containsExactly("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Phúc");
        assertThat(run(closing.getCell(1), "Ngô Văn Phúc").isBold()).isTrue();
    }

    @Test
    void aViceChairmanSignsForTheChairman() {
        ReportSheet sheet = ReportFixtures.issued();
        XWPFDocument signed = open(ReportDocument.write(new ReportSheet(sheet.issuingBody(), sheet.place(),
                sheet.number(), sheet.date(), sheet.content(), sheet.narrative(),
                Signature.viceChairman("Phan Văn Đức"), sheet.recipients(), sheet.archive())));

        XWPFTable closing = signed.getTables().get(signed.getTables().size() - 1);
        assertThat(closing.getRow(0).getCell(1).getParagraphs().stream().map(XWPFParagraph::getText)
                .filter(line -> !line.isEmpty()).toList())
                .containsExactly("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Phan Văn Đức");
    }

    @Test
    void everyVietnameseDiacriticIsKept() {
        assertThat(text(issued)).contains(ReportFixtures.EVERY_DIACRITIC);
    }

    @Test
    void aDraftSaysSoAndHasNeitherNumberNorDay() {
        String text = text(draft);
        assertThat(draft.getParagraphs().get(0).getText()).isEqualTo("DỰ THẢO");
        assertThat(draft.getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
        assertThat(text).contains("Số:       /BC-UBND", "Phổ Yên, ngày      tháng      năm 2025")
                .doesNotContain("05/BC-UBND");
        assertThat(text(issued)).doesNotContain("DỰ THẢO");
    }

    @Test
    void datesTakeALeadingZeroBelowTen() {
        ReportSheet sheet = ReportFixtures.issued();
        assertThat(ReportDocument.heading(sheet).dateLine()).isEqualTo("Phổ Yên, ngày 05 tháng 02 năm 2026");
        assertThat(ReportDocument.heading(new ReportSheet(sheet.issuingBody(), sheet.place(), sheet.number(),
                LocalDate.of(2026, 11, 25), sheet.content(), sheet.narrative(), sheet.signature(), sheet.recipients(),
                sheet.archive())).dateLine()).isEqualTo("Phổ Yên, ngày 25 tháng 11 năm 2026");
        assertThat(ReportNumbers.symbol(5)).isEqualTo("05/BC-UBND");
        assertThat(ReportNumbers.symbol(12)).isEqualTo("12/BC-UBND");
    }

    @Test
    void theFileNameIsVietnameseWithoutSlashes() {
        assertThat(ReportDocument.fileName(ReportFixtures.draft())).isEqualTo("Báo cáo quý III-2025 (dự thảo).docx");
        assertThat(ReportDocument.fileName(ReportFixtures.issued()))
                .isEqualTo("Báo cáo 05-BC-UBND quý III-2025.docx");
    }

    static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new AssertionError("the document does not open", e);
        }
    }

    static String text(XWPFDocument document) {
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static double millimetres(Object twips) {
        return new BigInteger(twips.toString()).doubleValue() * 25.4 / 1440;
    }

    private static List<XWPFRun> runs(XWPFDocument document) {
        List<XWPFRun> runs = new ArrayList<>();
        document.getParagraphs().forEach(paragraph -> runs.addAll(paragraph.getRuns()));
        for (XWPFTable table : document.getTables()) {
            table.getRows().stream().flatMap(row -> row.getTableCells().stream())
                    .flatMap(cell -> cell.getParagraphs().stream()).forEach(paragraph -> runs.addAll(paragraph.getRuns()));
        }
        document.getHeaderList().forEach(header -> header.getParagraphs().forEach(p -> runs.addAll(p.getRuns())));
        return runs.stream().filter(run -> !run.text().isEmpty()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(paragraph -> paragraph.getRuns().stream())
                .filter(run -> run.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in " + cell.getText()));
    }

    /** The paragraph after the one that reads {@code heading}. */
    private static String next(List<String> paragraphs, String heading) {
        int at = paragraphs.indexOf(heading);
        assertThat(at).as(heading).isNotNegative();
        return paragraphs.get(at + 1);
    }

    private static int indexOf(List<XWPFParagraph> paragraphs, String text) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).getText().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph '" + text + "'");
    }

    static XWPFTable tableHeaded(XWPFDocument document, String firstHeading) {
        return document.getTables().stream().filter(table -> table.getRow(0).getCell(0).getText().equals(firstHeading))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed '" + firstHeading + "'"));
    }

    /**
     * The row's cells with the abbreviations spelled out where first used put back short ("Hội đồng nhân dân (HĐND)"
     * reads "HĐND"), to compare with the content as stored.
     */
    static List<String> shortened(XWPFTableRow row) {
        return cells(row).stream().map(cell -> {
            String text = cell;
            for (var term : Abbreviations.IN_FULL.entrySet()) {
                text = text.replace(term.getValue() + " (" + term.getKey() + ")", term.getKey());
            }
            return text;
        }).toList();
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> String.join("\n",
                cell.getParagraphs().stream().map(XWPFParagraph::getText).toList())).toList();
    }
}
