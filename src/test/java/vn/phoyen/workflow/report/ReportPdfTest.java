package vn.phoyen.workflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.phoyen.workflow.document.Signature;

/**
 * The Word document opens in LibreOffice without errors: converted to PDF ({@code soffice --headless}), its text read
 * back with poppler's pdftotext keeps every part and every diacritic, page 1 has no page number and page 2 does.
 * Needs Debian's {@code libreoffice-writer-nogui} and {@code poppler-utils}; skipped, saying so, where they are missing.
 * Page 1 is also rendered to {@code target/report-pdf/issued-1.png} to look at.
 */
class ReportPdfTest {

    private static final Path OUT = Path.of("target/report-pdf");

    private static Path issuedPdf;
    private static Path draftPdf;

    @BeforeAll
    static void convert() throws Exception {
        Optional<String> office = Stream.of("soffice", "libreoffice").filter(ReportPdfTest::onPath).findFirst();
        assumeTrue(office.isPresent(), "LibreOffice not found (Debian: apt-get install libreoffice-writer-nogui): "
                + "the PDF check of the report is skipped");
        assumeTrue(onPath("pdftotext") && onPath("pdftoppm"),
                "pdftotext/pdftoppm not found (Debian: apt-get install poppler-utils): the PDF check is skipped");
        Files.createDirectories(OUT);
        Path issued = OUT.resolve("issued.docx");
        Path draft = OUT.resolve("draft.docx");
        Files.write(issued, ReportDocument.write(ReportFixtures.issued()));
        Files.write(draft, ReportDocument.write(ReportFixtures.draft()));
        // a profile of its own, so a LibreOffice the user has open does not take the conversion over
        Path profile = Files.createTempDirectory("report-lo-profile");
        run(office.get(), "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", OUT.toString(), issued.toString(), draft.toString());
        issuedPdf = OUT.resolve("issued.pdf");
        draftPdf = OUT.resolve("draft.pdf");
    }

    @Test
    void everyPartOfTheIssuedReportIsInThePdf() throws Exception {
        String text = flat(pdfText(issuedPdf, 1, 99));

        assertThat(text).contains("ỦY BAN NHÂN DÂN", "PHƯỜNG PHỔ YÊN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 05/BC-UBND", "Phổ Yên, ngày 05 tháng 02 năm 2026", "BÁO CÁO",
                "Kết quả thực hiện Kế hoạch số 54/KH-UBND quý III/2025", "I. KẾT QUẢ THỰC HIỆN", "Nơi nhận:",
                "- Lưu: VT, VHXH.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Ngô Văn Phúc")
                .doesNotContain("DỰ THẢO", "UBND PHƯỜNG");
    }

    /** As the page shows it: the number at the left and the place and date at the right of one line. */
    @Test
    void theNumberAndThePlaceAndDateAreOnOneLine() throws Exception {
        assertThat(pdfText(issuedPdf, 1, 1).lines())
                .anySatisfy(line -> assertThat(line).containsPattern("Số: 05/BC-UBND\\s+Phổ Yên, ngày 05 tháng 02 năm 2026"));
        assertThat(pdfText(draftPdf, 1, 1).lines())
                .anySatisfy(line -> assertThat(line).containsPattern("Số:\\s+/BC-UBND\\s+Phổ Yên, ngày\\s+tháng"));
    }

    @Test
    void everyDiacriticSurvives() throws Exception {
        assertThat(flat(pdfText(issuedPdf, 1, 99))).contains(ReportFixtures.EVERY_DIACRITIC);
    }

    @Test
    void theReportIsA4AndItsPagesAreNumberedFromPageTwo() throws Exception {
        assertThat(run("pdfinfo", issuedPdf.toString())).contains("(A4)");
        // page 1 starts with the issuing body and the national name side by side: no number above them
        assertThat(pdfText(issuedPdf, 1, 1).strip().lines().findFirst().orElseThrow())
                .startsWith("ỦY BAN NHÂN DÂN").contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertThat(pdfText(issuedPdf, 2, 2).strip().lines().findFirst().orElseThrow().strip()).isEqualTo("2");
    }

    @Test
    void theDraftIsMarkedAndUnnumbered() throws Exception {
        String text = flat(pdfText(draftPdf, 1, 99));

        assertThat(text).contains("DỰ THẢO", "Số: /BC-UBND", "Phổ Yên, ngày tháng năm 2025")
                .doesNotContain("05/BC-UBND");
    }

    /**
     * Whatever the length of the text, the signature block stays whole and on the page of the last lines of the text:
     * one more line of proposals at a time moves the page's end through the closing part.
     */
    @Test
    void theSignatureBlockIsNeverSplitNorAloneOnItsPage() throws Exception {
        Path variants = Files.createDirectories(OUT.resolve("closing-variants"));
        List<String> files = new ArrayList<>();
        ReportSheet sheet = ReportFixtures.issued();
        for (int extra = 0; extra < 24; extra++) {
            String proposals = sheet.narrative().proposals() + "\nĐề xuất bổ sung số %d.".repeat(extra).formatted(
                    java.util.stream.IntStream.range(0, extra).boxed().toArray());
            Narrative narrative = new Narrative(sheet.narrative().overview(), sheet.narrative().difficulties(),
                    sheet.narrative().nextTasks(), proposals);
            Path docx = variants.resolve("closing-%02d.docx".formatted(extra));
            Files.write(docx, ReportDocument.write(new ReportSheet(sheet.issuingBody(), sheet.place(), sheet.number(),
                    sheet.date(), sheet.content(), narrative, Signature.viceChairman("Phan Văn Đức"),
                    sheet.recipients(), sheet.archive())));
            files.add(docx.toString());
        }
        List<String> command = new ArrayList<>(List.of(office(), "-env:UserInstallation="
                + Files.createTempDirectory("report-lo-profile").toUri(), "--headless", "--convert-to", "pdf",
                "--outdir", variants.toString()));
        command.addAll(files);
        run(command.toArray(String[]::new));

        for (String docx : files) {
            Path pdf = Path.of(docx.replace(".docx", ".pdf"));
            String[] pages = pdfText(pdf, 1, 99).split("\f");
            String signed = Stream.of(pages).filter(page -> page.contains("Phan Văn Đức")).findFirst().orElseThrow();
            assertThat(flat(signed)).as(pdf.toString())
                    .contains("Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "- Lưu: VT, VHXH.")
                    // the text's last lines came along: the page does not begin with the closing part
                    .containsPattern("Đề (nghị|xuất)");
        }
    }

    @Test
    void pageOneRendersToAnImage() throws Exception {
        run("pdftoppm", "-f", "1", "-l", "1", "-r", "80", "-png", issuedPdf.toString(), OUT.resolve("issued").toString());

        try (Stream<Path> files = Files.list(OUT)) {
            Path image = files.filter(file -> file.getFileName().toString().matches("issued-0*1\\.png")).findFirst()
                    .orElseThrow(() -> new AssertionError("no PNG of page 1"));
            assertThat(Files.size(image)).isGreaterThan(10_000);
        }
    }

    private static String pdfText(Path pdf, int firstPage, int lastPage) throws Exception {
        return Normalizer.normalize(run("pdftotext", "-layout", "-f", String.valueOf(firstPage), "-l", String.valueOf(lastPage),
                "-enc", "UTF-8", pdf.toString(), "-"), Normalizer.Form.NFC);
    }

    /** Lines broken where the page ended them read as one text. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static String run(String... command) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>(List.of(command));
        Process process = new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + ": " + output).isZero();
        return output;
    }

    private static String office() {
        return Stream.of("soffice", "libreoffice").filter(ReportPdfTest::onPath).findFirst().orElseThrow();
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
