package vn.phoyen.workflow.plan.yearclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.WardBrowser;

/**
 * The year's close in real Tasklist: the supervising office's officer sees each lead unit's figures and the system's
 * suggestion, read-only, with a choice and grounds to fill; the Chairman sees the office's proposals to keep or change
 * and his decision. Screenshots {@code target/screenshots/year-close-proposal.png} and {@code year-close-decision.png}.
 */
class YearCloseFormsBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    DataSource dataSource;

    YearCloseSteps steps;

    @BeforeEach
    void aScoredYear() {
        steps = new YearCloseSteps(engine, dataSource);
        steps.forget(YearCloseSteps.YEAR);
        EngineClock.setTo(LocalDateTime.of(2025, 12, 22, 9, 0));
        steps.scoreYear(YearCloseSteps.YEAR);
    }

    @Test
    void theOfficeProposesFromTheFiguresAndTheChairmanDecides() throws IOException {
        ProcessInstance close = steps.start((long) YearCloseSteps.YEAR);
        EngineClock.reset();

        try (WardBrowser office = new WardBrowser(port)) {
            office.logIn("tasklist", YearCloseSteps.OFFICE);
            office.openTask(steps.task(close));
            WebElement form = office.visible(By.cssSelector(".fjs-form"));
            assertThat(form.getText()).contains("Đề xuất biểu dương, phê bình năm 2035", "Hệ thống gợi ý",
                    "Căn cứ đề xuất");
            // the units and their figures are shown, not offered for change
            List<WebElement> shown = form.findElements(By.cssSelector("input[readonly]"));
            assertThat(shown).extracting(field -> field.getAttribute("value")).contains("Phòng Kinh tế, Hạ tầng và Đô thị",
                    "Công an phường", "95", "Biểu dương, khen thưởng");
            office.screenshot("year-close-proposal");
        }

        steps.proposeAsSuggested(close);
        try (WardBrowser chairman = new WardBrowser(port)) {
            chairman.logIn("tasklist", YearCloseSteps.CHAIRMAN);
            chairman.openTask(steps.task(close));
            WebElement form = chairman.visible(By.cssSelector(".fjs-form"));
            assertThat(form.getText()).contains("Quyết định biểu dương, phê bình năm 2035");
            // the office's grounds come with each unit
            assertThat(form.findElements(By.tagName("textarea"))).extracting(field -> field.getAttribute("value"))
                    .contains("Hoàn thành nhiệm vụ 1, điểm 95", "Tự đánh giá chưa hoàn thành nhiệm vụ 2");
            chairman.screenshot("year-close-decision");
        }
    }
}
