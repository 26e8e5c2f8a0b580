package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/** Starts feedback cases and works their tasks as the ward's staff would through Tasklist. */
abstract class FeedbackTestSupport extends ProcessTest {

    @Autowired
    FeedbackRecords records;

    @Autowired
    ResidentFeedback residents;

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

    List<Task> tasks(String rootId, String key) {
        return engine.getTaskService().createTaskQuery()
                .processInstanceIdIn(instanceTree(runtimeService, rootId).toArray(String[]::new))
                .taskDefinitionKey(key).initializeFormKeys().list();
    }

    Task task(String rootId, String key) {
        List<Task> found = tasks(rootId, key);
        assertThat(found).as("open tasks %s", key).hasSize(1);
        return found.get(0);
    }

    Set<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    void submit(Task task, Map<String, Object> answers) {
        assertThat(task.getCamundaFormRef().getKey()).startsWith("feedback-");
        assertThat(engine.getFormService().getDeployedTaskForm(task.getId())).isNotNull();
        engine.getFormService().submitTaskForm(task.getId(), answers);
    }

    Map<String, Object> formVariables(Task task) {
        return engine.getFormService().getTaskFormVariables(task.getId());
    }

    /** Runs the jobs of the tree due at the engine's current time, until none is. */
    void runDueJobs(String rootId) {
        for (int round = 0; round < 50; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<String> tree = instanceTree(runtimeService, rootId);
            if (tree.isEmpty()) {
                return;
            }
            List<Job> due = engine.getManagementService().createJobQuery()
                    .processInstanceIds(new LinkedHashSet<>(tree)).list().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming due");
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
