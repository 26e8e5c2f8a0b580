package vn.phoyen.workflow.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.webapps.WardBrowser;

/**
 * A resident answers the survey in Chromium: from the residents' page to the survey page, one code, the questionnaire
 * of the five factors, the thanks; the same code again is refused on the page, and so is an answer sent with a code
 * used meanwhile on another device. The office then sees the index on the dashboard. Saves
 * target/screenshots/survey-*.png. Skipped, saying why, where no Chromium is installed.
 */
class SurveyPageBrowserTest extends ProcessTest {

    @LocalServerPort
    int port;
    @Autowired
    SurveyCampaigns campaigns;

    @Test
    void aResidentAnswersOnceWithACodeAndASecondAnswerIsRefusedOnThePage() throws IOException {
        SurveySteps steps = new SurveySteps(engine);
        SurveySteps.beforeOctober();
        ProcessInstance campaign = steps.start(SurveySteps.october("ca"));
        steps.approve(campaign);
        steps.at(campaign, LocalDateTime.of(2035, 10, 2, 9, 0));
        List<String> codes = campaigns.issue(campaign.getBusinessKey(), "ca", 2).codes();

        try (WardBrowser browser = new WardBrowser(port)) {
            browser.get("/");
            browser.click(By.id("link-khao-sat"));
            browser.waiting().until(ExpectedConditions.titleContains("Khảo sát sự hài lòng"));
            open(browser, codes.get(0).toLowerCase());
            WebElement sheet = browser.visible(By.id("phieu"));
            assertThat(sheet.getText()).contains("Công an phường", "31/10/2035",
                    "1. Tiếp cận dịch vụ", "5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị",
                    "Nơi tiếp nhận và trả kết quả có biển hiệu, chỉ dẫn rõ ràng", "Rất không hài lòng",
                    "Rất hài lòng");
            // nothing asks who the resident is
            assertThat(browser.driver().findElements(By.cssSelector("#phieu input[type=text], #phieu textarea")))
                    .isEmpty();
            List<String> questions = campaigns.campaignOfInstance(campaign.getId()).questionnaire().questions()
                    .stream().map(Questionnaire.Question::code).toList();
            questions.forEach(question -> choose(browser, question, question.equals("CC1") ? 2 : 4));
            browser.screenshot("survey-1-questionnaire");

            browser.click(By.id("send-survey"));
            WebElement thanks = browser.visible(By.id("cam-on"));
            assertThat(thanks.getText()).contains("Cảm ơn", "ẩn danh");
            browser.screenshot("survey-2-thanks");

            // the same code a second time: refused, in Vietnamese, and no questionnaire opens
            browser.click(By.id("another-code"));
            open(browser, codes.get(0));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("surveyCode-error"),
                    "đã được dùng"));
            assertThat(browser.driver().findElement(By.id("phieu")).isDisplayed()).isFalse();
            browser.screenshot("survey-3-second-answer-refused");

            // a questionnaire open on the page while the code is used on another device: the answer is refused
            open(browser, codes.get(1));
            browser.visible(By.id("phieu"));
            assertThat(campaigns.answer(codes.get(1), Map.of("TC1", 5), LocalDate.of(2035, 10, 2)))
                    .isInstanceOf(SurveyCampaigns.Open.class);
            choose(browser, "TC1", 3);
            browser.click(By.id("send-survey"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("survey-error"),
                    "Mỗi mã chỉ trả lời được một lần"));
            browser.screenshot("survey-4-answer-with-a-used-code-refused");

            // the office sees the index on the dashboard, with the answers behind each share
            browser.logIn("tasklist", "vhxh.head");
            browser.get("/dashboard/");
            browser.visible(By.id("content"));
            ((JavascriptExecutor) browser.driver()).executeScript("document.getElementById('from').value = "
                    + "'2035-10-01'; document.getElementById('to').value = '2035-12-31';");
            browser.click(By.cssSelector("#period button[type=submit]"));
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("surveys"),
                    "Quý IV/2035"));
            // the other survey tests answer for other units: this campaign's unit has its own row
            String row = browser.driver().findElement(By.xpath("//table[@id='surveys']//tr[td[text()='Công an phường']]"))
                    .getText();
            // TC 4 of 4 (one sheet of 3, one of 1), CC 2 of 3; overall (100 + 100 + 66.7 + 100 + 100) / 5
            assertThat(row).contains("Quý IV/2035", "100% (4)", "66,7% (3)", "93,3% (15)");
            ((JavascriptExecutor) browser.driver()).executeScript(
                    "document.getElementById('surveysSection').scrollIntoView();");
            browser.screenshot("survey-5-dashboard");
        }
    }

    private static void open(WardBrowser browser, String code) {
        WebElement input = browser.visible(By.id("surveyCode"));
        input.clear();
        input.sendKeys(code);
        browser.click(By.id("open-survey"));
    }

    private static void choose(WardBrowser browser, String question, int rating) {
        browser.click(By.cssSelector("input[name='" + question + "'][value='" + rating + "']"));
    }
}
