package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.feedback.FeedbackDriver;
import vn.phoyen.workflow.feedback.ResidentFeedback;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * A resident uses the residents' page in real Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs), on a phone-sized screen, without logging in: sends feedback whose title is a script payload, keeps the
 * tracking code the page shows, and, once the ward has answered (driven by {@link FeedbackDriver}), looks the case up,
 * reads the answer, sees the payload as plain text (no alert, no injected element) and rates the answer. Saves
 * target/screenshots/residents-page.png. Skipped, saying why, where no Chromium is installed.
 */
class ResidentsPageBrowserTest extends ProcessTest {

    private static final String PAYLOAD_TITLE = "\"><img src=x onerror=alert(1)> Đèn đường <script>alert(1)</script>";
    private static final String ANSWER = "Phòng Kinh tế, Hạ tầng và Đô thị đã thay bóng đèn đường ngõ 5 ngày 01/12.";

    @LocalServerPort
    int port;
    @Autowired
    ResidentFeedback residentFeedback;

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(390, 844, options -> {
            // a phone: 390 x 844 CSS pixels, as a common Android or iPhone screen
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2.0), "userAgent",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"));
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aResidentSendsFeedbackFollowsItReadsTheAnswerAndRatesIt() throws IOException {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/");
        assertThat(browser.getTitle()).contains("Phản ánh, kiến nghị");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

        // send, with a script payload in the title
        type(wait, "senderName", "Trần Văn Bình");
        type(wait, "senderContact", "0987 654 321");
        wait.until(driver -> new Select(driver.findElement(By.id("category"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Hạ tầng, giao thông, đô thị");
        type(wait, "title", PAYLOAD_TITLE);
        type(wait, "content", "Đèn đường ở ngõ 5 tổ dân phố Tân Thịnh hỏng đã hai tuần, buổi tối rất tối.");
        browser.findElement(By.id("send-feedback")).click();

        wait.until(driver -> driver.findElement(By.id("receipt-code")).isDisplayed()
                || !driver.findElement(By.id("feedback-form-error")).getText().isEmpty());
        assertThat(browser.findElement(By.id("feedback-form-error")).getText()).as("the page's refusal").isEmpty();
        String code = browser.findElement(By.id("receipt-code")).getText();
        assertThat(code).matches("[A-Z0-9-]{12,}");
        String due = browser.findElement(By.id("receipt-due")).getText();
        assertThat(LocalDate.parse(due, WorkingCalendar.DAY)).isAfter(LocalDate.now());

        // the ward answers
        String caseNumber = residentFeedback.status(code).orElseThrow().caseNumber();
        ProcessInstance feedback = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("feedback").singleResult();
        new FeedbackDriver(engine).publishAnswer(feedback.getId(), ANSWER);

        // the resident looks the case up with the code the page gave
        browser.findElement(By.id("receipt-lookup")).click();
        WebElement answer = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-answer")));
        assertThat(answer.getText()).isEqualTo(ANSWER);
        assertThat(browser.findElement(By.id("status-case-number")).getText()).isEqualTo(caseNumber);
        assertThat(browser.findElement(By.id("status-due")).getText()).isEqualTo(due);

        // the payload travelled and came back as text only: shown verbatim, no element made of it, nothing ran
        browser.navigate().refresh();
        WebElement published = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ol[@id='answers']/li[.//p[@class='answer' and normalize-space()=\"" + ANSWER + "\"]]")));
        assertThat(published.findElement(By.tagName("h3")).getText()).isEqualTo(PAYLOAD_TITLE);
        assertNothingInjected();

        // rate the answer
        type(wait, "trackingCode", code.toLowerCase());
        browser.findElement(By.id("lookup")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-form")));
        browser.findElement(By.xpath("//label[contains(@class,'score')][.//input[@value='4']]")).click();
        type(wait, "comment", "Đã sửa nhanh <b>cảm ơn</b>");
        Chromium.screenshot(browser, "residents-page");
        browser.findElement(By.id("send-rating")).click();
        WebElement thanks = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("rating-done")));
        assertThat(thanks.getText()).contains("Cảm ơn bạn đã đánh giá");
        assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).isFalse();

        // a second rating is refused by the server, and the page says so in Vietnamese
        browser.findElement(By.id("lookup")).click();
        wait.until(driver -> !driver.findElement(By.id("rating-done")).isDisplayed());
        assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).as("no longer rateable").isFalse();
        assertNothingInjected();
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void refusalsAreExplainedInVietnameseNextToTheField() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/");

        browser.findElement(By.id("send-feedback")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("senderName-error"))).getText())
                .isEqualTo("Vui lòng nhập họ và tên.");

        type(wait, "trackingCode", "KHÔNG-CÓ-MÃ-NÀY");
        browser.findElement(By.id("lookup")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingCode-error"))).getText())
                .contains("chữ, số");

        browser.findElement(By.id("trackingCode")).clear();
        type(wait, "trackingCode", "AAAA-BBBB-CCCC");
        browser.findElement(By.id("lookup")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trackingCode-error"), "Không tìm thấy"));
        assertThat(browser.findElement(By.id("case-status")).isDisplayed()).isFalse();
    }

    private void type(WebDriverWait wait, String id, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(text);
    }

    private void assertNothingInjected() {
        try {
            browser.switchTo().alert();
            throw new AssertionError("an alert opened: a payload ran");
        } catch (NoAlertPresentException expected) {
            // nothing ran
        }
        assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
        Object onerror = ((JavascriptExecutor) browser).executeScript(
                "return document.querySelectorAll('[onerror]').length;");
        assertThat(onerror).isEqualTo(0L);
    }

    /** Console errors, a refused inline script or style among them (the Content-Security-Policy reports there). */
    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

}
