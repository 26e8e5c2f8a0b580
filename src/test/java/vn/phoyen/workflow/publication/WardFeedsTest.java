package vn.phoyen.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static vn.phoyen.workflow.dialogue.DialogueDriver.rows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.dialogue.DialogueDriver;
import vn.phoyen.workflow.planmodels.PlanProcessDriver;

/**
 * The website's feeds over HTTP, without login, read by a feed library: an answer published a moment ago, a
 * dialogue's results once published, each item of the plan's publicity.
 */
@EngineTest
class WardFeedsTest extends ProcessTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void aNewlyPublishedAnswerIsInTheFeedWithoutTheSender() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2027, 3, 5, 9, 0));
        String unique = "Cống thoát nước ngõ 9 bị tắc, nước tràn ra đường " + System.nanoTime();
        Map<String, Object> start = new HashMap<>(Map.of("receivedDate", "2027-03-05", "channel", "desk",
                "category", "moi-truong", "title", "Cống tắc ở ngõ 9 nhà bà Lê Thị Hoa", "content", unique,
                "senderName", "Lê Thị Hoa", "senderContact", "0987 654 321"));
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", start);
        String answer = "Phường đã nạo vét cống ngõ 9 <ngày 04/03> & kiểm tra lại sau mưa. " + System.nanoTime();
        assertThat(entry(feed("tra-loi-phan-anh"), "tag:phoyen.vn,2025:phan-anh/" + feedback.getBusinessKey()))
                .isNull();

        submitForm(engine, task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", "kthtdt.officer"));
        tasks(feedback.getId(), "contributeToAnswer").forEach(contribution -> submitForm(engine, contribution,
                Map.of("contribution", "Đã kiểm tra hiện trường")));
        submitForm(engine, task(feedback.getId(), "draftAnswer"), Map.of("answer", answer));
        submitForm(engine, task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());

        ResponseEntity<String> response = rest.getForEntity("/api/public/feeds/tra-loi-phan-anh.atom", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/atom+xml");
        Feed feed = AtomFeedWriterTest.read(response.getBody());
        Entry entry = entry(feed, "tag:phoyen.vn,2025:phan-anh/" + feedback.getBusinessKey());
        assertThat(entry).isNotNull();
        assertThat(entry.getTitleEx().getValue())
                .isEqualTo("Trả lời phản ánh, kiến nghị " + feedback.getBusinessKey() + " – Môi trường");
        assertThat(entry.getContents().get(0).getValue()).startsWith(answer)
                .endsWith("Đơn vị trả lời: Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(entry.getUpdated()).isEqualTo(EngineClock.at(LocalDateTime.of(2027, 3, 5, 9, 0)));
        assertThat(entry.getAlternateLinks().get(0).getHref()).endsWith("/#tra-loi-" + feedback.getBusinessKey());
        assertThat(feed.getEntries()).first().isSameAs(entry);
        assertThat(response.getBody()).doesNotContain("Lê Thị Hoa", "0987 654 321", "nhà bà", unique);
    }

    @Test
    void aDialoguesResultsAppearOnceTheOfficeRecordsTheirPublication() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2027, 9, 1, 9, 0));
        DialogueDriver driver = new DialogueDriver(engine);
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        driver.prepareConference(dialogue.getId(), "2027-09-16", "2027-09-08", "Ngõ 5 ngập khi mưa", "kthtdt",
                "Nạo vét cống ngõ 5");
        Task minutes = task(dialogue.getId(), "recordDialogue");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> issues = (List<Map<String, Object>>) engine.getTaskService()
                .getVariable(minutes.getId(), "issues");
        ArrayList<Map<String, Object>> answered = new ArrayList<>();
        issues.forEach(issue -> {
            Map<String, Object> row = new HashMap<>(issue);
            row.put("answer", "Nạo vét trước 31/10/2027");
            answered.add(row);
        });
        submitForm(engine, minutes, Map.of("attendees", 80, "issues", answered, "commitments",
                rows(row("unit", "kthtdt", "content", "Nạo vét cống ngõ 5", "deadline", "2027-10-31"))));
        String id = "tag:phoyen.vn,2025:doi-thoai/" + (dialogue.getBusinessKey() != null ? dialogue.getBusinessKey()
                : dialogue.getId());
        assertThat(entry(feed("ket-qua-doi-thoai"), id)).isNull();

        submitForm(engine, task(dialogue.getId(), "publishDialogueResults"), Map.of("resultsPublishedOn",
                "2027-09-20", "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd"))));

        Entry entry = entry(feed("ket-qua-doi-thoai"), id);
        assertThat(entry.getTitleEx().getValue()).isEqualTo("Kết quả hội nghị đối thoại ngày 16/09/2027");
        assertThat(entry.getContents().get(0).getValue())
                .contains("1. Ngõ 5 ngập khi mưa\n   Trả lời: Nạo vét trước 31/10/2027")
                .contains("- Phòng Kinh tế, Hạ tầng và Đô thị: Nạo vét cống ngõ 5 (hạn 31/10/2027)");
        assertThat(entry.getAlternateLinks().get(0).getHref()).contains("/#doi-thoai-");
    }

    @Test
    void eachPublicityItemOfThePlanIsAnEntryWithItsDay() throws Exception {
        EngineClock.setTo(LocalDateTime.of(2027, 1, 4, 9, 0));
        Map<String, Object> variables = PlanProcessDriver.taskVariables(4);
        String businessKey = "KH54-2027-T04-" + System.nanoTime();
        ProcessInstance task = runtimeService.startProcessInstanceByKey("plan-task", businessKey, variables);
        List<Task> records = tasks(task.getId(), "recordPublication");
        assertThat(records).hasSize(4);
        for (Task record : records) {
            submitForm(engine, record, Map.of("publishedWhere", "cong-thong-tin", "publishedOn", "2027-01-04",
                    "documentLink", "https://phoyen.vn/cong-khai/" + records.indexOf(record)));
        }

        Feed feed = feed("cong-khai");
        Entry first = entry(feed, "tag:phoyen.vn,2025:cong-khai/" + businessKey + "/1");
        assertThat(first.getContents().get(0).getValue())
                .contains("Hình thức: Cổng/Trang thông tin điện tử của phường")
                .contains("Ngày công khai: 04/01/2027");
        assertThat(first.getTitleEx().getValue()).startsWith("Công khai: ");
        assertThat(first.getOtherLinks().get(0).getHref()).startsWith("https://phoyen.vn/cong-khai/");
        assertThat(feed.getEntries()).filteredOn(entry -> entry.getId().contains(businessKey)).hasSize(4);
    }

    @Test
    void anUnknownFeedIsNotFound() {
        assertThat(rest.getForEntity("/api/public/feeds/khong-co.atom", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private Feed feed(String name) throws Exception {
        return AtomFeedWriterTest.read(rest.getForObject("/api/public/feeds/" + name + ".atom", String.class));
    }

    private static Entry entry(Feed feed, String id) {
        return feed.getEntries().stream().filter(entry -> entry.getId().equals(id)).findFirst().orElse(null);
    }
}
