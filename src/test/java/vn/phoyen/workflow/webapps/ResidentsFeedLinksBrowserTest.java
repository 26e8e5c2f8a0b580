package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.feedback.FeedbackDriver;

/**
 * The website's feed links an answer to the residents' page as {@code /#tra-loi-{case number}}: in real Chromium the
 * page opens on that answer, and its section of dialogue results and publicity reads the two other feeds without an
 * error. Skipped, saying why, where no Chromium is installed.
 */
class ResidentsFeedLinksBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(390, 844, options -> {
            LoggingPreferences logs = new LoggingPreferences();
            logs.enable(LogType.BROWSER, java.util.logging.Level.ALL);
            options.setCapability("goog:loggingPrefs", logs);
        });
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aFeedsLinkOpensThePageOnThatAnswer() {
        Map<String, Object> start = new HashMap<>(Map.of("receivedDate", "2026-03-02", "channel", "desk",
                "category", "ha-tang", "title", "Đèn đường ngõ 11 không sáng", "content",
                "Đèn đường ở ngõ 11 không sáng " + System.nanoTime(), "senderName", "Đinh Văn Tú",
                "senderContact", "0912 345 999"));
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", start);
        String answer = "Phường đã thay bóng đèn đường ở ngõ 11. " + System.nanoTime();
        new FeedbackDriver(engine).publishAnswer(feedback.getId(), answer);

        browser.get("http://localhost:" + port + "/#tra-loi-" + feedback.getBusinessKey());

        WebElement linked = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.id("tra-loi-" + feedback.getBusinessKey())));
        assertThat(linked.getText()).contains(answer);
        new WebDriverWait(browser, Duration.ofSeconds(30)).withMessage(() -> "the answer is not in view: its top at " + ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].getBoundingClientRect().top + ' of ' + window.innerHeight;", linked))
                .until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                // scrolled to the top edge, the box may sit a fraction of a pixel above it
                "var box = arguments[0].getBoundingClientRect(); return box.top > -2 && box.top < window.innerHeight;",
                linked));
        // both feeds read: each list has its entries, or says it has none
        for (String list : List.of("dialogue-results", "publicity")) {
            wait.until(driver -> driver.findElement(By.id(list + "-empty")).isDisplayed()
                    || !driver.findElements(By.cssSelector("#" + list + " li")).isEmpty());
        }
        assertThat(browser.findElement(By.id("notices-error")).getText()).isEmpty();
        assertThat(browserErrors()).isEmpty();
    }

    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
