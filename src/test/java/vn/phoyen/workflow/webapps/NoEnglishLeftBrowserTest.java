package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.ProcessTest;

/**
 * The pages a staff member visits in Tasklist, Cockpit and Admin, rendered in real Chromium (Vietnamese browser), hold
 * no English UI words: the officer's task list and a task with its Camunda Form (submitted empty, so form-js's
 * validation messages show), the supervising office's Cockpit dashboard, a process definition and a case's page, and
 * Admin's users, a user's profile and groups. Screenshots go to target/screenshots/ for people to look at (the user
 * guide reuses them).
 */
class NoEnglishLeftBrowserTest extends ProcessTest {

    /** English words the Camunda webapps use; a word found here on a page is English left untranslated. */
    private static final Set<String> ENGLISH = Set.of("the", "and", "with", "your", "you", "for", "from", "this",
            "state", "search", "select", "field", "required", "process", "processes", "instance", "instances", "task",
            "tasks", "filter", "filters", "create", "add", "edit", "delete", "cancel", "save", "name", "version",
            "running", "incident", "incidents", "user", "users", "group", "groups", "dashboard", "deployment",
            "deployments", "batch", "batches", "decision", "decisions", "loading", "sign", "logout", "profile",
            "type", "first", "last", "email", "password", "start", "complete", "claim", "assignee", "due", "follow",
            "date", "created", "priority", "history", "variable", "variables", "diagram", "form", "description",
            "details", "actions", "activity", "definition", "definitions", "key", "tenant", "tenants", "suspend",
            "suspended", "active", "open", "close", "show", "hide", "more", "less", "next", "previous", "page", "yes",
            "error", "warning", "welcome", "documentation", "help", "settings", "authorization", "authorizations",
            "system", "workflow", "member", "members", "unassigned", "everyone", "all", "remove", "back", "apply",
            "reset", "refresh", "today", "null", "undefined", "none", "january", "february", "march", "april", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan",
            "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "results", "options", "clear",
            "minimum", "maximum", "must", "value", "values", "list", "ended", "finished", "called", "job", "jobs",
            "retry", "retries", "comment", "comments", "owner", "candidate", "set", "reason");
    /** Names and abbreviations that stay as they are. */
    private static final Set<String> ALLOWED = Set.of("camunda", "bpmn", "dmn", "cmmn", "id", "sipas", "papi");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    /** An English word glued to a Vietnamese one, as when a translation lands beside the original ("ChọnSelect"). */
    private static final Pattern GLUED = Pattern.compile("(?<=[\\p{Ll}&&[^a-z]])[A-Z][a-z]+");

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;

    private WebDriver browser;
    private WebDriverWait wait;
    private final Map<String, Set<String>> englishByPage = new LinkedHashMap<>();

    @BeforeEach
    void openChromium() {
        browser = Chromium.open(1400, 900);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tasklistCockpitAndAdminPagesStaffVisitHaveNoEnglishLeft() throws Exception {
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of("receivedDate",
                "2026-11-27", "channel", "desk", "category", "khac", "title", "Hỏi lịch tiếp công dân", "content",
                "Xin cho biết Chủ tịch phường tiếp công dân vào ngày nào trong tuần.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"));
        identityService.setAuthentication("vp.head", List.of("vp", "vp-heads"));
        try {
            submitForm(engine, task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "vp.officer"));
        } finally {
            identityService.clearAuthentication();
        }
        // a form with a select left empty (form-js's "Select" placeholder)
        ProcessInstance complaint = runtimeService.startProcessInstanceByKey("complaint", Map.of("receivedDate",
                "2026-11-27", "complainantName", "Trần Thị Mai", "complainantAddress", "Tổ dân phố Ba Hàng",
                "subject", "Khiếu nại quyết định xử phạt", "content", "Không đồng ý với quyết định."));
        engine.getTaskService().setAssignee(task(complaint.getId(), "decideAcceptance").getId(), "vp.officer");

        // Tasklist as the officer: the list, the task's form submitted empty
        login("/camunda/app/tasklist/default/", "vp.officer");
        click(By.xpath("//*[normalize-space(text())='Việc của tôi']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(text()), '" + feedback.getBusinessKey() + "')]")));
        // Tasklist's own default order is the creation date; the ward's script makes it the due date
        assertThat(browser.getCurrentUrl()).contains("sorting=").contains("dueDate").contains("asc");
        scan("tasklist-task-list");
        // staff may not create standalone tasks: the action is not offered
        assertThat(browser.findElements(By.xpath("//a[contains(., 'Tạo công việc')]")).stream()
                .filter(WebElement::isDisplayed).toList()).as("Tạo công việc").isEmpty();
        click(By.xpath("//*[contains(normalize-space(text()), '" + feedback.getBusinessKey() + "')]"));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("textarea")));
        click(By.xpath("//button[normalize-space()='Hoàn thành']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
        assertThat(browser.findElement(By.cssSelector(".fjs-form-field-error")).getText())
                .isEqualTo("Trường này bắt buộc nhập.");
        scan("tasklist-task-form-empty");
        browser.navigate().refresh();
        click(By.xpath("//*[contains(normalize-space(text()), '" + complaint.getBusinessKey() + "')]"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class, 'fjs-form-field-label') and starts-with(normalize-space(), 'Quyết định')]")));
        scan("tasklist-task-form-select");
        // a date from a variable reads DD/MM/YYYY in the form's text
        String form = browser.findElement(By.cssSelector(".fjs-container")).getText();
        assertThat(form).contains("nhận đơn ngày 27/11/2026").doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");

        // Cockpit as the supervising office's head: the dashboard
        logout();
        login("/camunda/app/cockpit/default/#/dashboard", "vhxh.head");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".dashboard, [cam-dashboard], .processes-dashboard, section")));
        scan("cockpit-dashboard");

        // Cockpit as the administrator: a process definition and the case's page
        logout();
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("feedback")
                .latestVersion().singleResult().getId();
        login("/camunda/app/cockpit/default/#/processes", "demo");
        scan("cockpit-processes");
        open("/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container, svg")));
        scan("cockpit-process-definition");
        open("/camunda/app/cockpit/default/#/process-instance/" + feedback.getId() + "/runtime");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".djs-container, svg")));
        scan("cockpit-process-instance");

        // Admin: users, a user's profile, groups
        open("/camunda/app/admin/default/#/users");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'vp.officer')]")));
        scan("admin-users");
        open("/camunda/app/admin/default/#/users/vp.officer?tab=profile");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[normalize-space(text())='Họ và tên đệm*']")));
        scan("admin-user-profile");
        open("/camunda/app/admin/default/#/groups");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//*[contains(text(), 'vp-heads')]")));
        scan("admin-groups");

        assertThat(englishByPage).as("English words left, by page").allSatisfy((page, words) -> assertThat(words)
                .as(page).isEmpty());
    }

    private void login(String path, String user) {
        WardBrowser.logIn(browser, wait, "http://localhost:" + port + path, user);
    }

    private void logout() {
        browser.manage().deleteAllCookies();
        ((JavascriptExecutor) browser).executeScript("window.localStorage.clear(); window.sessionStorage.clear();");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Lets the page settle, saves a screenshot and records the English words it shows. */
    private void scan(String page) throws IOException, InterruptedException {
        Thread.sleep(2500);
        Chromium.screenshot(browser, page);
        String text = (String) ((JavascriptExecutor) browser).executeScript(
                // the engine's variable type names (String, Date) are identifiers, not interface text
                "let text = document.body.innerText;"
                        + "const types = ['String', 'Date', 'Boolean', 'Integer', 'Long', 'Short', 'Double', 'Json', 'Xml',"
                        + " 'Object', 'Null', 'Bytes', 'File'];"
                        + "const hidden = Array.from(document.querySelectorAll('.cam-table tbody td'))"
                        + "  .filter(cell => types.includes(cell.innerText.trim()));"
                        + "hidden.forEach(cell => cell.style.display = 'none');"
                        + "text = document.body.innerText;"
                        + "hidden.forEach(cell => cell.style.display = '');"
                        + "return text + ' ' + Array.from(document.querySelectorAll('input[placeholder], "
                        + "textarea[placeholder]')).filter(e => e.offsetParent !== null).map(e => e.placeholder).join(' ')");
        Set<String> english = new TreeSet<>();
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            // a word glued to Vietnamese letters (e.g. "Th" of "Thứ") is not an English word
            // nor is a part of an identifier such as a process key ("plan-task-01") or an e-mail address
            boolean partOfVietnamese = words.end() < text.length() && (partOfAWord(text.charAt(words.end()))
                    || text.charAt(words.end()) == '.' && words.end() + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(words.end() + 1)))
                    || words.start() > 0 && (partOfAWord(text.charAt(words.start() - 1))
                    || text.charAt(words.start() - 1) == '.');
            if (!partOfVietnamese && ENGLISH.contains(word) && !ALLOWED.contains(word)) {
                english.add(words.group());
            }
        }
        Matcher glued = GLUED.matcher(text);
        while (glued.find()) {
            if (ENGLISH.contains(glued.group().toLowerCase(Locale.ROOT))) {
                english.add(glued.group());
            }
        }
        englishByPage.put(page, english);
    }

    private static boolean partOfAWord(char next) {
        return Character.isLetterOrDigit(next) || "-_@/".indexOf(next) >= 0;
    }

    private void click(By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
    }
}
