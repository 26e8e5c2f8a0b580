package vn.phoyen.workflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.Chromium;

/**
 * One login in real Chromium: the supervising office's head logs in once, at Cockpit's login page, then sees the
 * dashboard and its overview of open tasks and follows a case to Cockpit with no second login; a unit head in Tasklist
 * finds no way to change a statutory due date, which an administrator is offered. Screenshots in target/screenshots/
 * (one-login-*.png, statutory-due-date-*.png) for the user guide. Skipped, saying why, where no Chromium is installed.
 */
class OneLoginBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(1400, 1000);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theHeadOfTheSupervisingOfficeLogsInOnceForTheDashboardItsOverviewAndCockpit() throws IOException {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        EngineClock.reset();

        logIn("cockpit", "vhxh.head", "one-login-1-cockpit-login");

        browser.get(url("/dashboard/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("content")));
        assertThat(browser.findElement(By.id("status")).getText()).startsWith("Số liệu từ 01/01/");
        assertThat(browser.findElement(By.id("loginBox")).isDisplayed()).isFalse();
        Chromium.screenshot(browser, "one-login-2-dashboard");

        browser.findElement(By.linkText("Công việc đang mở")).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(complaint.getBusinessKey())));
        WebElement row = link.findElement(By.xpath("./ancestor::tr"));
        assertThat(row.getText()).contains("Văn phòng HĐND và UBND phường", "12/03/2026", "quá hạn");
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        Chromium.screenshot(browser, "one-login-3-open-tasks");

        String dashboardTab = browser.getWindowHandle();
        link.click();
        wait.until(driver -> driver.getWindowHandles().size() == 2);
        List<String> tabs = new ArrayList<>(browser.getWindowHandles());
        tabs.remove(dashboardTab);
        browser.switchTo().window(tabs.get(0));
        wait.until(ExpectedConditions.urlContains("/process-instance/" + complaint.getId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Giải quyết khiếu nại lần đầu"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Quyết định thụ lý"));
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
        assertThat(browser.getPageSource()).doesNotContain("PROCESS_INSTANCE_RUNNING_PROCESS_INSTANCE")
                .doesNotContain("does not have");
        Chromium.screenshot(browser, "one-login-4-cockpit-case");

        // Cockpit's "Công việc" (all tasks by group, a page she may not read) leads her to the ward's overview
        browser.get(url("/camunda/app/cockpit/default/#/dashboard"));
        wait.until(driver -> !driver.findElements(By.cssSelector("body[data-ward-checked]")).isEmpty());
        click(By.xpath("//a[normalize-space()='Công việc']"));
        wait.until(ExpectedConditions.urlContains("/dashboard/open-tasks"));
        browser.get(url("/camunda/app/cockpit/default/#/tasks"));
        wait.until(ExpectedConditions.urlContains("/dashboard/open-tasks"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText(complaint.getBusinessKey())));
    }

    private void click(By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        target.click();
    }

    @Test
    void aUnitHeadFindsNoWayToChangeAStatutoryDueDateInTasklist() throws IOException {
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        Task intake = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).singleResult();

        logIn("tasklist", "vp.head", null);
        openTask(intake);
        WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".due-date")));
        // the due date shows, but neither its date picker nor "× Bỏ hạn xử lý" is offered
        assertThat(browser.findElements(By.cssSelector(".reset-due-date")).stream().filter(WebElement::isDisplayed))
                .isEmpty();
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0]).pointerEvents", due)).isEqualTo("none");
        Chromium.screenshot(browser, "statutory-due-date-locked-unit-head");
        ((JavascriptExecutor) browser).executeScript("arguments[0].focus()", due);
        due.sendKeys(" ");
        assertThat(browser.findElements(By.cssSelector(".due-date input, .due-date .datepicker, [uib-datepicker]"))
                .stream().filter(WebElement::isDisplayed)).isEmpty();

        // an administrator is offered the change (the server asks him for the reason)
        browser.manage().deleteAllCookies();
        logIn("tasklist", "demo", null);
        openTask(intake);
        wait.until(driver -> !driver.findElements(By.cssSelector("body.ward-admin")).isEmpty());
        WebElement reset = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".reset-due-date")));
        Chromium.screenshot(browser, "statutory-due-date-administrator");
        // "× Bỏ hạn xử lý" without a reason given: a Vietnamese refusal asking for it (no Jackson error, no 500)
        reset.click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                vn.phoyen.workflow.duedates.StatutoryDueDates.REASON_VARIABLE));
        assertThat(engine.getTaskService().createTaskQuery().taskId(intake.getId()).singleResult().getDueDate())
                .isEqualTo(intake.getDueDate());
        Chromium.screenshot(browser, "statutory-due-date-administrator-reason-asked");
    }

    @Test
    void anOfficerIsNotOfferedToHandHisTaskToSomeoneElseWhichHisHeadIs() throws IOException {
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", WardHistoryEngineTest.complaint());
        Task intake = engine.getTaskService().createTaskQuery().processInstanceId(complaint.getId()).singleResult();
        engine.getTaskService().setAssignee(intake.getId(), "vp.officer");

        logIn("tasklist", "vp.officer", null);
        openTask(intake);
        WebElement holder = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("li.assignee .set-value")));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0]).pointerEvents", holder)).isEqualTo("none");
        // he can still give it back to the unit
        assertThat(browser.findElement(By.cssSelector(".unclaim")).isDisplayed()).isTrue();
        Chromium.screenshot(browser, "reassign-not-offered-officer");

        browser.manage().deleteAllCookies();
        logIn("tasklist", "vp.head", null);
        openTask(intake);
        wait.until(driver -> !driver.findElements(By.cssSelector("body.ward-assigns")).isEmpty());
        holder = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.assignee .set-value")));
        assertThat(((JavascriptExecutor) browser).executeScript(
                "return getComputedStyle(arguments[0]).pointerEvents", holder)).isNotEqualTo("none");
    }

    private void logIn(String app, String user, String screenshot) throws IOException {
        browser.get(url("/camunda/app/" + app + "/default/"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        if (screenshot != null) {
            Chromium.screenshot(browser, screenshot);
        }
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    private void openTask(Task task) {
        browser.get(url("/camunda/app/tasklist/default/#/?task=" + task.getId()));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), task.getName()));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
