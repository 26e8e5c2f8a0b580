package vn.phoyen.workflow.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.WardBrowser;

/**
 * The case office uploads an export on {@code /dossiers/} in real Chromium (logged in to Tasklist, the upload carrying
 * the session's anti-forgery token): the report names the bad row, the late land dossier is listed apart; the
 * supervising office then finds the land dossier behind its figure on the dashboard. Screenshots
 * {@code target/screenshots/dossiers-upload.png}, {@code dossiers-dashboard.png}.
 */
class DossierPageBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @BeforeEach
    void noDossiers() {
        jdbc.update("DELETE FROM ward_dossier");
    }

    @Test
    void theCaseOfficeUploadsTheExportAndSeesTheReportAndTheLateLandDossiers() throws IOException {
        EngineClock.setTo(DossierImportTest.MONDAY);
        Path export = Files.writeString(files.resolve("mot-cua-2026-03-01.csv"), String.join("\n",
                DossierSamples.HEADER,
                DossierSamples.row("H56-B1", "dat-dai", "kthtdt", "online", "2026-02-16", "2026-02-27", "",
                        "processing", "", "2026-02-27T17:00"),
                DossierSamples.row("H56-B2", "ho-tich", "vp", "direct", "2026-02-16", "2026-02-17", "2026-02-17",
                        "settled", "", "2026-02-17T17:00"),
                DossierSamples.row("H56-B3", "ho-tich", "vp", "truc-tiep", "2026-02-16", "2026-02-17", "", "processing",
                        "", "2026-02-17T17:00")) + "\n", StandardCharsets.UTF_8);

        try (WardBrowser office = new WardBrowser(port)) {
            office.logIn("tasklist", "vp.officer");
            office.get("/dossiers/");
            assertThat(office.visible(By.tagName("h1")).getText()).isEqualTo("Hồ sơ thủ tục hành chính (TTHC)");
            office.driver().findElement(By.id("exportFile")).sendKeys(export.toAbsolutePath().toString());
            assertThat(office.driver().findElement(By.id("chosen")).getText()).isEqualTo("mot-cua-2026-03-01.csv");
            office.click(By.id("upload"));

            office.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đã nhập mot-cua-2026-03-01.csv."));
            assertThat(office.visible(By.id("reportSummary")).getText()).startsWith("2 hồ sơ mới, 0 hồ sơ cập nhật");
            assertThat(office.driver().findElement(By.id("reportProblems")).getText()).isEqualTo(
                    "mot-cua-2026-03-01.csv dòng 4: cột 'channel' (kênh nộp) 'truc-tiep' không có trong danh mục "
                            + "(online, direct, postal)");
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("landDossiers"), "H56-B1"));
            assertThat(office.driver().findElement(By.id("landDossiers")).getText())
                    .contains("hẹn trả 27/02/2026", "chưa có phiếu xin lỗi đã ký");
            assertThat(office.driver().findElement(By.id("othersTotal")).getText()).isEqualTo("Không có hồ sơ nào.");
            office.screenshot("dossiers-upload");
        }
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("dossier-late")
                .processInstanceBusinessKey("H56-B1").count()).isEqualTo(1);

        try (WardBrowser office = new WardBrowser(port)) {
            office.logIn("cockpit", "vhxh.head");
            office.get("/dashboard/");
            // the page's own period (this year so far, by the browser's clock) holds February 2026
            office.visible(By.id("dossierFigures"));
            assertThat(office.driver().findElement(By.id("dossierTotals")).getText())
                    .contains("Toàn phường", "Trong đó: đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị",
                            "50% (1/2)", "100% (1/1)", "chưa có hồ sơ");
            office.click(By.cssSelector("#dossierTotals tbody tr:nth-child(2) button.figure"));
            office.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("dossierListItems"),
                    "H56-B1"));
            office.screenshot("dossiers-dashboard");
        }
    }
}
