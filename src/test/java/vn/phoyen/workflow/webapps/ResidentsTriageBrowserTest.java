package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
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

/**
 * Issue 12, items 5 and 6 on the residents' page in real Chromium, phone-sized: a bad contact and a one-letter
 * content are refused next to their fields; spam is rejected at triage and the resident reads the office's notice
 * when looking the code up; asked for more, the resident adds on the page; a published answer shows no personal
 * data. Screenshots (for the user guide) in target/screenshots/: residents-feedback-bad-contact.png,
 * residents-feedback-rejected-notice.png, residents-feedback-addition-requested.png,
 * residents-published-answer-no-personal-data.png. Skipped, saying why, where no Chromium is installed.
 */
class ResidentsTriageBrowserTest extends ProcessTest {

    private static final String SENDER = "Nguyễn Văn Hùng";
    private static final String PHONE = "0987 654 321";

    @LocalServerPort
    int port;
    @Autowired
    ResidentFeedback residentFeedback;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(390, 844, options -> {
            options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics",
                    Map.of("width", 390, "height", 844, "pixelRatio", 2.0), "userAgent",
                    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Mobile Safari/537.36"));
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
    void aBadContactAndAOneLetterContentAreRefusedOnThePage() throws IOException {
        long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback").count();
        browser.get("http://localhost:" + port + "/");
        fill(SENDER, "abc", "Đèn đường hỏng", "x");
        browser.findElement(By.id("send-feedback")).click();
        WebElement contactError = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("senderContact-error")));
        assertThat(contactError.getText()).startsWith("Số điện thoại hoặc email chưa đúng")
                .contains("0912 345 678", "email");
        assertThat(browser.findElement(By.id("senderContact")).getAttribute("aria-invalid")).isEqualTo("true");
        // every field's problem at once, the focus on the first
        assertThat(browser.findElement(By.id("content-error")).getText()).contains("quá ngắn");
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("senderContact");
        Chromium.screenshot(browser, "residents-feedback-bad-contact");

        browser.findElement(By.id("senderContact")).clear();
        type("senderContact", PHONE);
        browser.findElement(By.id("send-feedback")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content-error"))).getText())
                .contains("quá ngắn", "ít nhất 20 ký tự");
        assertThat(browser.findElement(By.id("receipt")).isDisplayed()).isFalse();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("feedback").count())
                .isEqualTo(before);
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void anEmptyFormSaysWhatEachFieldNeeds() {
        browser.get("http://localhost:" + port + "/");
        wait.until(driver -> new Select(driver.findElement(By.id("category"))).getOptions().size() > 1);
        browser.findElement(By.id("send-feedback")).click();

        for (String field : new String[] {"senderName", "senderContact", "category", "title", "content"}) {
            assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(field + "-error"))).getText())
                    .as(field).startsWith("Vui lòng");
        }
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("senderName");
    }

    @Test
    void spamIsRejectedAtTriageAndTheResidentReadsTheNoticeWithTheCode() throws IOException {
        String code = send("Khuyến mãi đặc biệt", "Giảm giá 90% mọi mặt hàng, truy cập ngay trang của chúng tôi!");
        ProcessInstance feedback = instance(code);
        submitForm(engine, task(feedback.getId(), "triageFeedback"), Map.of("triageDecision", "reject",
                "triageNotice", "Nội dung là quảng cáo, không phải phản ánh, kiến nghị về hoạt động của phường."));

        lookUp(code);
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-notice")));
        assertThat(notice.getText()).isEqualTo(
                "Nội dung là quảng cáo, không phải phản ánh, kiến nghị về hoạt động của phường.");
        assertThat(browser.findElement(By.id("status-label")).getText()).isEqualTo("Không tiếp nhận");
        assertThat(browser.findElement(By.id("status-title")).getText()).isEqualTo("Khuyến mãi đặc biệt");
        assertThat(browser.findElement(By.id("addition-form")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("rating-form")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.id("status-no-answer")).isDisplayed()).isFalse();
        Chromium.screenshot(browser, "residents-feedback-rejected-notice");
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void askedForMoreTheResidentAddsOnThePage() throws IOException {
        String code = send("Mùi hôi buổi tối", "Buổi tối có mùi hôi rất khó chịu, kéo dài cả tuần nay.");
        ProcessInstance feedback = instance(code);
        submitForm(engine, task(feedback.getId(), "triageFeedback"), Map.of("triageDecision", "ask-more",
                "triageNotice", "Xin cho biết mùi hôi ở tổ dân phố nào, gần địa điểm nào."));

        lookUp(code);
        WebElement notice = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-notice")));
        assertThat(notice.getText()).startsWith("Xin cho biết mùi hôi ở tổ dân phố nào").contains("Hạn bổ sung");
        assertThat(browser.findElement(By.id("status-label")).getText()).isEqualTo("Cần bổ sung thông tin");
        type("addition", "Cạnh bãi rác tổ Trung Tâm, gần trường mầm non Hoa Sen.");
        Chromium.screenshot(browser, "residents-feedback-addition-requested");
        browser.findElement(By.id("send-addition")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("addition-done"))).getText())
                .contains("Phường đã nhận nội dung bổ sung");
        assertThat(task(feedback.getId(), "triageFeedback")).isNotNull();
        assertThat((String) runtimeService.getVariable(feedback.getId(), "content"))
                .contains("Cạnh bãi rác tổ Trung Tâm");
        assertThat(browserErrors()).isEmpty();
    }

    @Test
    void aPublishedAnswerShowsNoPersonalData() throws IOException {
        String answer = "Phường đã cho thay bóng đèn đường ở ngõ 7 tổ dân phố Tân Thịnh ngày 02/12.";
        String code = send("Đèn đường ngõ 7 không sáng", "Đèn đường ở ngõ 7 tổ dân phố Tân Thịnh không sáng đã một tuần.");
        ProcessInstance feedback = instance(code);
        new FeedbackDriver(engine).publishAnswer(feedback.getId(), answer);

        browser.navigate().refresh();
        WebElement published = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//ol[@id='answers']/li[.//p[@class='answer' and normalize-space()=\"" + answer + "\"]]")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true);", published);
        String section = browser.findElement(By.id("cau-tra-loi")).getText();
        // the phone's digits as a number of their own: other tests' answers end in a System.nanoTime(), whose digits
        // may hold 0987 (one did)
        assertThat(section).contains(answer).doesNotContain("Hùng", "Hung", "654 321", code)
                .doesNotContainPattern("(?<!\\d)0987");
        Chromium.screenshot(browser, "residents-published-answer-no-personal-data");
        assertThat(browserErrors()).isEmpty();
    }

    private String send(String title, String content) {
        browser.get("http://localhost:" + port + "/");
        fill(SENDER, PHONE, title, content);
        browser.findElement(By.id("send-feedback")).click();
        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-code")));
        assertThat(browser.findElement(By.id("receipt-title")).getText()).isEqualTo(title);
        return receipt.getText();
    }

    private void fill(String name, String contact, String title, String content) {
        type("senderName", name);
        type("senderContact", contact);
        wait.until(driver -> new Select(driver.findElement(By.id("category"))).getOptions().size() > 1);
        new Select(browser.findElement(By.id("category"))).selectByVisibleText("Hạ tầng, giao thông, đô thị");
        type("title", title);
        type("content", content);
    }

    private void lookUp(String code) {
        browser.findElement(By.id("trackingCode")).clear();
        type("trackingCode", code);
        browser.findElement(By.id("lookup")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("case-status")));
    }

    private ProcessInstance instance(String code) {
        String caseNumber = residentFeedback.status(code).orElseThrow().caseNumber();
        return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .processDefinitionKey("feedback").singleResult();
    }

    private void type(String id, String text) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).sendKeys(text);
    }

    private List<String> browserErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }
}
