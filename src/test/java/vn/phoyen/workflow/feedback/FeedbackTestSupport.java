package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/** Starts feedback cases and works their tasks as the ward's staff would through Tasklist. */
abstract class FeedbackTestSupport extends ProcessTest {

    @Autowired
    FeedbackRecords records;

    @Autowired
    ResidentFeedback residents;

    /** The day {@link #feedback} cases are received, a Friday; a test that needs another day sets its own. */
    @BeforeEach
    void onTheDayTheCasesAreReceived() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 6, 9, 0));
    }

    /** A feedback case's start variables; every test uses its own words, so cases of other tests are no duplicates. */
    static Map<String, Object> feedback(String category, String title, String content, String contact) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", "2026-03-06");
        variables.put("channel", "desk");
        variables.put("category", category);
        variables.put("title", title);
        variables.put("content", content);
        variables.put("senderName", "Phạm Văn Minh");
        variables.put("senderContact", contact);
        return variables;
    }

    static String uniqueAddress(String name) {
        return name + "." + System.nanoTime() + "@example.vn";
    }

    ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("feedback", variables);
    }

    void submit(Task task, Map<String, Object> answers) {
        assertThat(task.getCamundaFormRef().getKey()).startsWith("feedback-");
        submitForm(engine, task, answers);
    }

    Map<String, Object> formVariables(Task task) {
        return engine.getFormService().getTaskFormVariables(task.getId());
    }

    /** Assigns the lead unit's officer, lets each support unit contribute, drafts and approves the answer. */
    void answerAndApprove(ProcessInstance feedback, String officer, String answer) {
        submit(task(feedback.getId(), "assignOfficer"), Map.of("answerOfficer", officer));
        tasks(feedback.getId(), "contributeToAnswer").forEach(contribution -> submit(contribution,
                Map.of("contribution", "Đã kiểm tra hồ sơ liên quan")));
        submit(task(feedback.getId(), "draftAnswer"), Map.of("answer", answer));
        submit(task(feedback.getId(), "approveAnswer"), Map.of("approvalDecision", "approve"));
        runDueJobs(feedback.getId());
    }

    FeedbackRecords.Row row(ProcessInstance feedback) {
        return records.byProcessInstance(feedback.getId()).orElseThrow();
    }

    String trackingCode(ProcessInstance feedback) {
        return TrackingCodes.display(row(feedback).trackingCode());
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }
}
