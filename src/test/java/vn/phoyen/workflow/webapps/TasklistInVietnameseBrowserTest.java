package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.phoyen.workflow.ProcessTest;

/**
 * An officer of the Office drafts the answer to a feedback case (category "khác", which the routing gives to the
 * Office; the Office's head has named him) in the real Tasklist, in real Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs): Vietnamese interface, his own tasks' filter, the Camunda Form, complete. Saves target/screenshots/tasklist-vi.png. Skipped, saying why, where no Chromium is installed.
 */
class TasklistInVietnameseBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    private WebDriver browser;

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(1400, 900);
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anOfficerDraftsTheAnswerToAFeedbackCaseInVietnamese() throws IOException {
        JsonNode labels = tasklistLabels();
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate", "2026-11-27",
                "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào trong tuần.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        String caseNumber = feedback.getBusinessKey();
        nameTheOfficer(feedback, "vp.officer");
        dueTomorrowEvening(feedback);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Instant opened = Instant.now();

        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        assertThat(browser.getPageSource()).contains(labels.path("PAGE_LOGIN_SIGN_IN_ACTION").asText());
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys("vp.officer");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        click(wait, By.xpath("//*[normalize-space(text())='Việc của tôi']"));
        click(wait, By.xpath("//*[contains(normalize-space(text()), '" + caseNumber + "')]"));
        WebElement answer = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//label[contains(normalize-space(), 'Câu trả lời công khai')]/following::textarea[1]")));
        assertThat(browser.getPageSource()).contains("Câu trả lời công khai", "Trả lời riêng cho người gửi",
                "múi giờ địa phương").containsAnyOf(">Asia/Ho_Chi_Minh<", ">Asia/Saigon<");
        // the head gave no instruction and no unit supports this category: both headings say so
        String form = browser.findElement(By.cssSelector(".fjs-form")).getText();
        assertThat(form).containsPattern("Chỉ đạo của lãnh đạo đơn vị:\\s*Không có")
                .containsPattern("Ý kiến của các đơn vị phối hợp:\\s*Không có");
        // the due date reads as a date, with the calendar days to it after it
        String due = taskService.createTaskQuery().processInstanceId(feedback.getId()).singleResult().getDueDate()
                .toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                "Hạn xử lý " + due + " ("));
        // in the list both dates read "dd/MM/yyyy (ngày mai)", counted in calendar days, also once Tasklist's widget
        // writes its own text again (as on its timer, here on the event it also listens to), and on screen as one
        // piece each
        Task drafting = taskService.createTaskQuery().processInstanceId(feedback.getId()).singleResult();
        assertListDates(wait, drafting, opened);
        Object widgetText = ((JavascriptExecutor) browser).executeScript("""
                angular.element(document.body).injector().get('$rootScope').$broadcast('amMoment:localeChanged');
                const followUp = '.tasks-list li.task.active [am-time-ago="task.followUp"]';
                return document.querySelector(followUp).textContent;""");
        assertThat(widgetText).asString().isNotBlank().doesNotContain("/");
        assertListDates(wait, drafting, opened);
        @SuppressWarnings("unchecked")
        Map<String, Object> layout = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(LIST_LAYOUT);
        assertThat(layout.get("lines")).as("lines each date takes in the list").isEqualTo(List.of(1L, 1L));
        assertThat(((Number) layout.get("gap")).doubleValue()).as("space before the priority, in em")
                .isGreaterThanOrEqualTo(0.5);
        answer.sendKeys("Chủ tịch phường tiếp công dân vào thứ Sáu hằng tuần.");
        Chromium.screenshot(browser, "tasklist-vi");
        click(wait, By.xpath("//button[normalize-space()='" + labels.path("COMPLETE").asText() + "']"));

        wait.withTimeout(Duration.ofSeconds(15)).until(driver -> taskService.createTaskQuery()
                .processInstanceId(feedback.getId()).taskDefinitionKey("approveAnswer").count() == 1);
        assertThat(runtimeService.getVariable(feedback.getId(), "answer"))
                .isEqualTo("Chủ tịch phường tiếp công dân vào thứ Sáu hằng tuần.");
    }

    @Test
    void theOfficesHeadChoosesTheAnsweringOfficerAmongTheOfficesStaff() throws IOException {
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate", "2026-12-04",
                "channel", "desk", "category", "khac", "title", "Hỏi giờ làm việc", "content",
                "Xin cho biết giờ làm việc của bộ phận một cửa vào thứ Bảy.", "senderName", "Trần Thị Bình",
                "senderContact", "0987 654 321"));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text]")).sendKeys("vp.head");
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys("demo");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        click(wait, By.xpath("//*[normalize-space(text())='Việc của đơn vị']"));
        click(wait, By.xpath("//*[contains(normalize-space(text()), '" + feedback.getBusinessKey() + "')]"));
        click(wait, By.xpath("//*[normalize-space(text())='Nhận việc']"));
        // the staff list is the task's own variable (ADR 0015): the select offers the Office's members by name
        click(wait, By.xpath("//label[contains(normalize-space(), 'Cán bộ trả lời')]/following::*[contains(@class, 'fjs-select-display') or self::input][1]"));
        click(wait, By.xpath("//*[contains(@class, 'fjs-dropdownlist-item') and normalize-space()='Lý Văn Sơn']"));
        Chromium.screenshot(browser, "tasklist-assignment");
        click(wait, By.xpath("//button[normalize-space()='Hoàn thành']"));

        wait.withTimeout(Duration.ofSeconds(15)).until(driver -> taskService.createTaskQuery()
                .processInstanceId(feedback.getId()).taskDefinitionKey("draftAnswer").taskAssignee("vp.officer").count() == 1);
    }

    /**
     * In the active list item: how many lines each of its due and follow-up dates takes, and the space between the
     * dates' text and the priority (the number in the next cell) on the same line, in em of the priority's font.
     */
    private static final String LIST_LAYOUT = """
            const item = document.querySelector('.tasks-list li.task.active');
            const boxes = (node) => { const range = document.createRange(); range.selectNodeContents(node);
                return Array.from(range.getClientRects()).filter((box) => box.width > 0); };
            const dates = item.querySelectorAll('[am-time-ago="task.due"], [am-time-ago="task.followUp"]');
            const lines = Array.from(dates).map((date) => new Set(boxes(date).map((box) => Math.round(box.top))).size);
            const priority = item.querySelector('.priority');
            const number = boxes(priority)[0];
            const beside = boxes(item.querySelector('.dates'))
                .filter((box) => box.top < number.bottom && box.bottom > number.top);
            const gap = number.left - Math.max(...beside.map((box) => box.right));
            return {lines: lines, gap: gap / parseFloat(getComputedStyle(priority).fontSize)};""";

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private void assertListDates(WebDriverWait wait, Task task, Instant opened) {
        assertListDate(wait, "due-date", "Hạn xử lý", task.getDueDate(), opened);
        assertListDate(wait, "followup-date", "Nhắc việc", task.getFollowUpDate(), opened);
    }

    /** The list item's date reads "label dd/MM/yyyy (days)", the calendar days from the day it was written. */
    private void assertListDate(WebDriverWait wait, String kind, String label, Date date, Instant opened) {
        String start = label + " " + date.toInstant().atZone(VIETNAM).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                + " (";
        By element = By.cssSelector(".tasks-list li.task.active .dates ." + kind);
        String shown = wait.until(driver -> {
            String text = driver.findElement(element).getText().trim();
            return text.startsWith(start) ? text : null;
        });
        // written between opening the page and now: a midnight may lie between
        assertThat(shown).isIn(start + daysInWords(date, opened) + ")", start + daysInWords(date, Instant.now()) + ")");
    }

    /**
     * The calendar days from {@code now}'s day in Vietnam to {@code date}'s, as a desk officer says them. Tasklist's own
     * widget counts 24-hour spans and rounds them: at noon, 00:00 the day before read "2 ngày trước".
     */
    private static String daysInWords(Date date, Instant now) {
        long days = ChronoUnit.DAYS.between(now.atZone(VIETNAM).toLocalDate(), date.toInstant().atZone(VIETNAM).toLocalDate());
        if (days == 0) {
            return "hôm nay";
        }
        if (Math.abs(days) == 1) {
            return days > 0 ? "ngày mai" : "hôm qua";
        }
        return days > 0 ? days + " ngày tới" : -days + " ngày trước";
    }

    /**
     * The drafting task falls due at 23:55 tomorrow, a day away on the calendar and 24 to 48 hours away on the clock
     * (Tasklist's widget says "một ngày tới" or "2 ngày tới"); its follow-up date moves to two working days before.
     */
    private void dueTomorrowEvening(ProcessInstance feedback) {
        Task drafting = taskService.createTaskQuery().processInstanceId(feedback.getId()).singleResult();
        drafting.setDueDate(Date.from(LocalDate.now(VIETNAM).plusDays(1).atTime(23, 55).atZone(VIETNAM).toInstant()));
        taskService.saveTask(drafting);
    }

    /** The Office's head names the officer who answers, as Tasklist would on the head's behalf. */
    private void nameTheOfficer(ProcessInstance feedback, String officer) {
        Task assignment = taskService.createTaskQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey("assignOfficer").singleResult();
        identityService.setAuthentication("vp.head", List.of("vp", "vp-heads"));
        try {
            taskService.claim(assignment.getId(), "vp.head");
            taskService.complete(assignment.getId(), Map.of("answerOfficer", officer));
        } finally {
            identityService.clearAuthentication();
        }
    }

    private void click(WebDriverWait wait, By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        // long forms put the button under Tasklist's fixed footer until it is scrolled to the middle
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
    }

    private static JsonNode tasklistLabels() throws IOException {
        try (InputStream in = TasklistInVietnameseBrowserTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/camunda/app/tasklist/locales/vi.json")) {
            return new ObjectMapper().readTree(in).path("labels");
        }
    }
}
