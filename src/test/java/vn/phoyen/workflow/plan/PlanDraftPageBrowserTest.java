package vn.phoyen.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.WardBrowser;

/**
 * The supervising office edits next year's draft in real Chromium: the Tasklist form names the tasks noted for review
 * and links to the draft's page, where a file is downloaded and uploaded again; a broken file is refused with its file
 * and line, a good one kept; the Chairman then sees the approval form. Screenshots {@code target/screenshots/}
 * {@code plan-draft-edit.png}, {@code plan-draft-page-refused.png}, {@code plan-draft-page.png},
 * {@code plan-draft-approval.png}.
 */
class PlanDraftPageBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path files;

    @AfterEach
    void removeTheEdition() {
        jdbc.update("DELETE FROM ward_plan_edition WHERE plan_year = 2029");
    }

    @Test
    void theOfficeUploadsItsEditsAndTheChairmanIsAskedToApprove() throws IOException {
        ProcessInstance drafting = runtimeService.startProcessInstanceByKey("plan-next-year", Map.of("fromYear", 2028L));
        Task edit = task(drafting.getId(), "editPlanDraft");
        String tasks = jdbc.queryForObject("SELECT tasks_csv FROM ward_plan_edition WHERE plan_year = 2029", String.class);

        try (WardBrowser office = new WardBrowser(port)) {
            office.logIn("tasklist", "vhxh.officer");
            office.openTask(edit);
            WebElement form = office.visible(By.cssSelector(".fjs-form"));
            assertThat(form.getText()).contains("Hoàn thiện dự thảo kế hoạch năm 2029", "trang dự thảo kế hoạch");
            assertThat(form.findElement(By.linkText("trang dự thảo kế hoạch")).getAttribute("href"))
                    .endsWith("/plan-editions/?year=2029");
            office.screenshot("plan-draft-edit");

            office.get("/plan-editions/?year=2029");
            assertThat(office.visible(By.tagName("h1")).getText()).isEqualTo("Dự thảo kế hoạch năm 2029");
            assertThat(office.driver().findElement(By.linkText("Tải về")).getAttribute("href"))
                    .endsWith("/api/plan-editions/2029/files/plan.csv");

            upload(office, "tasks.csv", tasks.replace("within-year,2029", "within-year,2031"));
            office.waiting().until(ExpectedConditions.attributeContains(By.id("status"), "class", "error"));
            assertThat(office.driver().findElement(By.id("status")).getText())
                    .contains("plan/2029/tasks.csv (bản dự thảo) dòng", "2031");
            office.screenshot("plan-draft-page-refused");

            upload(office, "tasks.csv", tasks.replaceFirst("\n1,", "\n1,(Đã rà soát) "));
            office.waiting().until(ExpectedConditions.textToBe(By.id("status"), "Đã tải lên tasks.csv; tệp hợp lệ."));
            office.screenshot("plan-draft-page");
        }
        assertThat(jdbc.queryForObject("SELECT tasks_csv FROM ward_plan_edition WHERE plan_year = 2029", String.class))
                .contains("\n1,(Đã rà soát) ");

        completeAs(engine, "vhxh.officer", edit, Map.of());
        try (WardBrowser chairman = new WardBrowser(port)) {
            chairman.logIn("tasklist", "lanhdao.head");
            chairman.openTask(task(drafting.getId(), "approvePlan"));
            assertThat(chairman.visible(By.cssSelector(".fjs-form")).getText()).contains("2029");
            chairman.screenshot("plan-draft-approval");
        }
    }

    private void upload(WardBrowser office, String file, String text) throws IOException {
        Path edited = Files.writeString(files.resolve(file), text, StandardCharsets.UTF_8);
        office.driver().findElement(By.cssSelector("input[data-file='" + file + "']"))
                .sendKeys(edited.toAbsolutePath().toString());
        // the chosen file is named in Vietnamese surroundings, not by the browser's own English button
        assertThat(office.driver().findElement(By.cssSelector("input[data-file='" + file + "'] ~ .hint")).getText())
                .isEqualTo(file);
        office.driver().findElement(By.cssSelector("input[data-file='" + file + "'] ~ button")).click();
    }
}
