package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.EngineTest;

/**
 * An officer of the Office works a feedback case (category "khác", which the routing gives to the Office) in the
 * real Tasklist, in real Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs): Vietnamese interface, the unit's filter, claim, the Camunda Form,
 * complete. Saves target/screenshots/tasklist-vi.png. Skipped, saying why, where no Chromium is installed.
 */
@EngineTest
class TasklistInVietnameseBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "no Chromium here: apt-get install chromium chromium-driver (as .ci/run does) to run the browser test");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1400,900", "--lang=vi");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "vi"));
        // as on the ward's computers: the webapps show dates in the browser's time zone
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .withEnvironment(Map.of("TZ", "Asia/Ho_Chi_Minh")).build(), options);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void anOfficerClaimsAndAnswersAFeedbackCaseInVietnamese() throws IOException {
        JsonNode labels = tasklistLabels();
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate", "2026-11-27",
                "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào trong tuần.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        String caseNumber = feedback.getBusinessKey();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        assertThat(browser.getPageSource()).contains(labels.path("PAGE_LOGIN_SIGN_IN_ACTION").asText());
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys("vp.officer");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        click(wait, By.xpath("//*[normalize-space(text())='Việc của đơn vị']"));
        click(wait, By.xpath("//*[contains(normalize-space(text()), '" + caseNumber + "')]"));
        click(wait, By.xpath("//*[normalize-space(text())='" + labels.path("CLAIM_TASK").asText() + "']"));
        WebElement answer = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea")));
        assertThat(browser.getPageSource()).contains("Nội dung trả lời", "múi giờ địa phương")
                .containsAnyOf(">Asia/Ho_Chi_Minh<", ">Asia/Saigon<");
        answer.sendKeys("Chủ tịch phường tiếp công dân vào thứ Sáu hằng tuần.");
        screenshot();
        click(wait, By.xpath("//button[normalize-space()='" + labels.path("COMPLETE").asText() + "']"));

        wait.withTimeout(Duration.ofSeconds(15)).until(driver -> historyService.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(caseNumber).finished().count() == 1);
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(feedback.getId())
                .variableName("answer").singleResult().getValue()).isEqualTo("Chủ tịch phường tiếp công dân vào thứ Sáu hằng tuần.");
    }

    private void click(WebDriverWait wait, By element) {
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private void screenshot() throws IOException {
        Path file = Path.of("target", "screenshots", "tasklist-vi.png");
        Files.createDirectories(file.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), file,
                StandardCopyOption.REPLACE_EXISTING);
    }

    private static JsonNode tasklistLabels() throws IOException {
        try (InputStream in = TasklistInVietnameseBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/tasklist/locales/vi.json")) {
            return new ObjectMapper().readTree(in).path("labels");
        }
    }
}
