package vn.phoyen.workflow.feedback;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.TasklistUser;

/**
 * Drives an open {@code feedback} case to the publication of its answer through the engine's Java API, each task
 * done by a member of the group (or the assignee) it is given to, as they would in Tasklist: a possible duplicate is
 * kept separate, web feedback is accepted at triage, the lead unit's head assigns an officer of the unit, support units contribute, the officer drafts
 * {@code answerText}, the approver approves (which publishes it), and a case under review is sent back for a new answer. For tests of other capabilities (e.g. the residents' page) that need a published answer.
 */
public class FeedbackDriver {

    private static final int MAX_STEPS = 40;

    private final ProcessEngine engine;

    public FeedbackDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Returns once the answer is published (again, for a case under review). A case already waiting for its rating
     * is left as it is.
     *
     * @throws IllegalStateException if the case is not open or gets stuck on a step this driver does not know
     */
    public void publishAnswer(String processInstanceId, String answerText) {
        long publishedBefore = publications(processInstanceId);
        for (int step = 0; step < MAX_STEPS; step++) {
            if (publications(processInstanceId) > publishedBefore) {
                return;
            }
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .count() == 0) {
                throw new IllegalStateException("hồ sơ " + processInstanceId + " không còn mở (đã kết thúc hoặc đã gộp)");
            }
            List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId)
                    .orderByTaskCreateTime().asc().list().stream()
                    .filter(task -> !"informByPhone".equals(task.getTaskDefinitionKey())).toList();
            if (tasks.isEmpty()) {
                if (publishedBefore > 0) {
                    return;
                }
                throw new IllegalStateException("hồ sơ " + processInstanceId + " không chờ bước nào đã biết");
            }
            Task task = tasks.get(0);
            complete(task, answers(processInstanceId, task, answerText));
        }
        throw new IllegalStateException("hồ sơ " + processInstanceId + " chưa công bố sau " + MAX_STEPS + " bước");
    }

    private Map<String, Object> answers(String processInstanceId, Task task, String answerText) {
        return switch (task.getTaskDefinitionKey()) {
            case "triageFeedback" -> Map.of("triageDecision", "accept");
            case "decideDuplicate" -> Map.of("duplicateDecision", "keep");
            case "assignOfficer" -> Map.of("answerOfficer", officerOf(
                    (String) engine.getRuntimeService().getVariable(processInstanceId, "leadUnit")));
            case "contributeToAnswer" -> Map.of("contribution", "Đơn vị phối hợp thống nhất với nội dung trả lời.");
            case "draftAnswer" -> Map.of("answer", answerText);
            case "approveAnswer" -> Map.of("approvalDecision", "approve");
            case "reviewAnswer" -> Map.of("reviewDecision", "reanswer", "reviewNote", "Trả lời lại đầy đủ hơn.");
            default -> throw new IllegalStateException("bước " + task.getTaskDefinitionKey() + " chưa được hỗ trợ");
        };
    }

    private void complete(Task task, Map<String, Object> answers) {
        TasklistUser.work(engine, task, () -> engine.getTaskService().complete(task.getId(), answers));
    }

    private long publications(String processInstanceId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
                .activityId("publishAnswer").finished().count();
    }

    /** An officer of the unit (a member who is not one of its heads), or else any member. */
    private String officerOf(String unit) {
        List<String> heads = engine.getIdentityService().createUserQuery().memberOfGroup(unit + "-heads").list()
                .stream().map(User::getId).toList();
        List<String> members = engine.getIdentityService().createUserQuery().memberOfGroup(unit).orderByUserId().asc()
                .list().stream().map(User::getId).toList();
        return members.stream().filter(member -> !heads.contains(member)).findFirst()
                .orElseGet(() -> TasklistUser.firstMember(engine, unit));
    }
}
