package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.Chromium;

/**
 * The supervising office's head opens the dashboard in real Chromium (Debian's chromium and chromium-driver), picks
 * the first quarter of 2026 and follows the overdue complaints to Cockpit. Saves target/screenshots/dashboard.png
 * (and dashboard-login.png: the login the page asks for, which is also the webapps' login).
 * Skipped, saying why, where no Chromium is installed.
 */
@EngineTest
class DashboardBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(1400, 2200);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeadOfTheSupervisingOfficeFollowsAnOverdueComplaintToCockpit() throws IOException {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint",
                WardHistoryEngineTest.complaint());
        EngineClock.reset();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        // one login: the dashboard asks for it on its page (the webapps' own login), no browser prompt
        browser.get("http://localhost:" + port + "/dashboard/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#login input[name=username]")))
                .sendKeys("vhxh.head");
        browser.findElement(By.cssSelector("#login input[name=password]")).sendKeys("demo");
        Chromium.screenshot(browser, "dashboard-login");
        browser.findElement(By.cssSelector("#login button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        ((JavascriptExecutor) browser).executeScript(
                "document.getElementById('from').value = '2026-01-01'; document.getElementById('to').value = '2026-03-31';");
        browser.findElement(By.cssSelector("#period button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "từ 01/01/2026 đến 31/03/2026"));

        assertThat(browser.findElement(By.id("procedures")).getText()).contains("Khiếu nại", "Tố cáo",
                "Phản ánh, kiến nghị", "Tiếp công dân");
        assertThat(browser.findElement(By.id("unitChart")).getText()).contains("Văn phòng HĐND và UBND phường",
                "Tỷ lệ đúng hạn", "Chỉ số hài lòng");
        assertThat(browser.findElements(By.cssSelector("#taskChart svg g.task"))).isNotEmpty();
        assertThat(browser.findElement(By.id("papiChart")).getText()).contains("Công khai, minh bạch");

        // the complaints' last column: pending and overdue
        List<WebElement> complaintFigures = browser.findElements(By.cssSelector("#procedures tbody tr:first-child td"));
        complaintFigures.get(complaintFigures.size() - 1).findElement(By.cssSelector("button.figure")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.linkText(complaint.getBusinessKey())));
        assertThat(link.getAttribute("href")).isEqualTo("http://localhost:" + port
                + "/camunda/app/cockpit/default/#/process-instance/" + complaint.getId());
        assertThat(browser.findElement(By.id("casesTitle")).getText()).startsWith("Khiếu nại: quá hạn");
        Chromium.screenshot(browser, "dashboard");

        // the same login serves Cockpit: the case opens with no second login
        link.click();
        browser.switchTo().window(browser.getWindowHandles().stream()
                .filter(handle -> !handle.equals(browser.getWindowHandle())).findFirst().orElseThrow());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), complaint.getBusinessKey()));
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
    }

}
