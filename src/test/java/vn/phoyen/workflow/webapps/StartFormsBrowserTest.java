package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
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

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/**
 * The desk officer of the Office ({@code vp.officer}) opens cases in the real Tasklist, in Chromium, through "Khởi
 * động quy trình": picks the process, fills its start form (Camunda Form, Vietnamese), presses "Bắt đầu" and sees the
 * case number the system gave (a notice that stays, and the first task in his unit's list). Screenshots for the user
 * guide: {@code target/screenshots/start-complaint-form.png}, {@code start-complaint.png},
 * {@code start-denunciation-form.png}, {@code start-denunciation.png}, {@code start-citizen-reception-form.png},
 * {@code start-citizen-reception.png}, {@code start-feedback-form.png}, {@code start-feedback.png} and
 * {@code start-complaint-empty.png}
 * (a form sent empty, showing what is required). Skipped, saying why, where no Chromium is installed.
 */
class StartFormsBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    TaskService taskService;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openChromiumOnAWorkingDay() {
        // Wednesday 2 December 2026: the forms are filled with the day before
        EngineClock.setTo(LocalDateTime.of(2026, 12, 2, 9, 0));
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
    void theDeskOfficerOpensAComplaintAndADenunciationFromTheirStartForms() throws IOException {
        logIn("vp.officer");

        openStartForm("Giải quyết khiếu nại lần đầu");
        date("Ngày nhận đơn", "2026-12-01");
        type("Họ và tên người khiếu nại", "Nguyễn Thị Hoa");
        type("Địa chỉ người khiếu nại", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        type("Quyết định, hành vi bị khiếu nại", "Quyết định xử phạt vi phạm hành chính số 12/QĐ-XPHC");
        type("Nội dung khiếu nại", "Tôi không đồng ý với mức phạt vì công trình đã có giấy phép sửa chữa.");
        tick("Vụ việc phức tạp");
        assertThat(modalText()).contains("Tiếp nhận đơn khiếu nại", "Ngày nhận đơn", "Họ và tên người khiếu nại");
        Chromium.screenshot(browser, "start-complaint-form");
        String complaintNumber = start();
        assertThat(complaintNumber).matches("KN-2026-\\d{4}");
        ProcessInstance complaint = instance("complaint", complaintNumber);
        assertThat(runtimeService.getVariable(complaint.getId(), "complainantName")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(runtimeService.getVariable(complaint.getId(), "receivedDate")).isEqualTo("2026-12-01");
        assertThat(runtimeService.getVariable(complaint.getId(), "complexCase")).isEqualTo(true);
        // the intake decision is the Office's: it is in "Việc của đơn vị", named with the case number
        click(By.xpath("//*[normalize-space(text())='Việc của đơn vị']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(text()), 'Quyết định thụ lý – " + complaintNumber + "')]")));
        Chromium.screenshot(browser, "start-complaint");
        closeNotice();

        openStartForm("Giải quyết tố cáo");
        date("Ngày nhận đơn", "2026-12-01");
        type("Họ và tên người tố cáo", "Lê Văn Cường");
        type("Địa chỉ, số điện thoại liên hệ của người tố cáo", "Tổ dân phố Ba Hàng, 0912 000 111");
        type("Người bị tố cáo", "Ông Phạm Văn D, công chức địa chính");
        select("Đơn vị của người bị tố cáo", "Phòng Kinh tế, Hạ tầng và Đô thị");
        type("Nội dung tố cáo", "Nhận tiền để làm nhanh hồ sơ cấp giấy chứng nhận quyền sử dụng đất.");
        assertThat(modalText()).contains("Tiếp nhận đơn tố cáo", "Đơn nặc danh");
        Chromium.screenshot(browser, "start-denunciation-form");
        String denunciationNumber = start();
        assertThat(denunciationNumber).matches("TC-2026-\\d{4}");
        ProcessInstance denunciation = instance("denunciation", denunciationNumber);
        assertThat(runtimeService.getVariable(denunciation.getId(), "accusedUnit")).isEqualTo("kthtdt");
        // the identity went to the vault, not into the case
        assertThat(runtimeService.getVariables(denunciation.getId())).doesNotContainKeys("denouncerName",
                "denouncerContact");
        // the first task (the head's assignment) is not the officer's: the notice is where he reads the number
        assertThat(taskService.createTaskQuery().processInstanceId(denunciation.getId()).list())
                .allSatisfy(task -> assertThat(task.getName()).endsWith(" – " + denunciationNumber));
        Chromium.screenshot(browser, "start-denunciation");
    }

    @Test
    void theDeskOfficerRecordsAVisitAndFeedbackFromTheirStartForms() throws IOException {
        logIn("vp.officer");

        openStartForm("Tiếp công dân");
        date("Ngày tiếp", "2026-12-01");
        type("Họ và tên công dân", "Hoàng Thị Mai");
        type("Địa chỉ công dân", "Tổ dân phố Bãi Bông, phường Phổ Yên");
        type("Số định danh cá nhân", "019076543210");
        assertThat(modalText()).contains("Tiếp công dân", "Loại tiếp công dân", "Hình thức tiếp")
                .doesNotContain("Chức vụ người tiếp");
        Chromium.screenshot(browser, "start-citizen-reception-form");
        String receptionNumber = start();
        assertThat(receptionNumber).matches("TD-2026-\\d{4}");
        assertThat(runtimeService.getVariable(instance("citizen-reception", receptionNumber).getId(), "receptionKind"))
                .isEqualTo("regular");
        Chromium.screenshot(browser, "start-citizen-reception");
        closeNotice();

        openStartForm("Phản ánh, kiến nghị");
        date("Ngày nhận", "2026-12-01");
        select("Lĩnh vực", "Môi trường");
        type("Tiêu đề", "Rác thải ùn ứ ở đầu ngõ");
        type("Nội dung phản ánh, kiến nghị", "Rác không được thu gom ba ngày nay.");
        type("Họ và tên người gửi", "Đỗ Văn Em");
        type("Số điện thoại hoặc e-mail của người gửi", "0987 654 321");
        Chromium.screenshot(browser, "start-feedback-form");
        String feedbackNumber = start();
        assertThat(feedbackNumber).matches("PA-2026-\\d{4}");
        ProcessInstance feedback = instance("feedback", feedbackNumber);
        assertThat(runtimeService.getVariables(feedback.getId())).containsEntry("channel", "desk")
                .containsEntry("category", "moi-truong");
        Chromium.screenshot(browser, "start-feedback");
    }

    @Test
    void aStartFormSentEmptyShowsEveryRequiredFieldAndStartsNothing() throws IOException {
        logIn("vp.officer");
        long complaints = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();

        openStartForm("Giải quyết khiếu nại lần đầu");
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));

        // receivedDate, complainantName, complainantAddress, subject, content
        List<WebElement> errors = wait.until(driver -> {
            List<WebElement> shown = driver.findElements(By.cssSelector(".modal-body .fjs-form-field-error"));
            return shown.size() >= 5 ? shown : null;
        });
        assertThat(errors).hasSize(5);
        Chromium.screenshot(browser, "start-complaint-empty");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(complaints);
        assertThat(browser.findElements(By.id("ward-case-number"))).isEmpty();
    }

    private void logIn(String user) {
        WardBrowser.logIn(browser, wait, "http://localhost:" + port + "/camunda/app/tasklist/default/", user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[normalize-space(text())='Việc của tôi']")));
    }

    private void openStartForm(String processName) {
        click(By.xpath("//a[normalize-space()='Khởi động quy trình' or @title='Khởi động quy trình']"));
        By process = By.xpath("//div[contains(@class,'modal')]//a[normalize-space()='" + processName + "']");
        By form = By.cssSelector(".modal-body .fjs-form");
        // on a loaded machine the list can still be redrawn when the name is clicked: the click is then lost
        for (int attempt = 1; ; attempt++) {
            click(process);
            try {
                new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(form));
                return;
            } catch (org.openqa.selenium.TimeoutException notOpened) {
                if (attempt == 3 || browser.findElements(process).isEmpty()) {
                    wait.until(ExpectedConditions.visibilityOfElementLocated(form));
                    return;
                }
            }
        }
    }

    /** Presses "Bắt đầu" and returns the case number of the notice that follows. */
    private String start() {
        click(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Bắt đầu']"));
        WebElement number;
        try {
            number = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#ward-case-number .ward-case-number-value")));
        } catch (org.openqa.selenium.TimeoutException noNumber) {
            try {
                Chromium.screenshot(browser, "failed-start");
            } catch (IOException ignored) {
                // the timeout is what matters
            }
            throw noNumber;
        }
        assertThat(browser.findElement(By.id("ward-case-number")).getText()).contains("Đã khởi động hồ sơ số");
        return number.getText().strip();
    }

    private void closeNotice() {
        browser.findElement(By.cssSelector("#ward-case-number button")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("ward-case-number")));
    }

    private ProcessInstance instance(String key, String caseNumber) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(caseNumber)
                .singleResult();
    }

    private WebElement field(String label) {
        WebElement labelElement = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//div[contains(@class,'modal-body')]//label[starts-with(normalize-space(.), '" + label + "')]")));
        return browser.findElement(By.id(labelElement.getAttribute("for")));
    }

    private void type(String label, String text) {
        field(label).sendKeys(text);
    }

    private void tick(String label) {
        WebElement box = field(label);
        if (!box.isSelected()) {
            box.click();
        }
    }

    /** A date as the ward's clerk picks it; set through the date picker so that any display format works. */
    private void date(String label, String isoDate) {
        java.time.LocalDate day = java.time.LocalDate.parse(isoDate);
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0]._flatpickr.setDate(new Date(arguments[1], arguments[2] - 1, arguments[3]), true)",
                field(label), day.getYear(), day.getMonthValue(), day.getDayOfMonth());
    }

    private void select(String label, String option) {
        WebElement container = browser.findElement(By.xpath("//div[contains(@class,'modal-body')]//div[contains(@class,"
                + "'fjs-form-field')][.//label[starts-with(normalize-space(.), '" + label + "')]]"));
        container.findElement(By.cssSelector(".fjs-input-group")).click();
        click(By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + option + "']"));
    }

    private String modalText() {
        return browser.findElement(By.cssSelector(".modal-content")).getText();
    }

    private void click(By element) {
        WebElement target = wait.until(ExpectedConditions.elementToBeClickable(element));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        target.click();
    }
}
