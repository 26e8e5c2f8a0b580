package vn.phoyen.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Does a task as the ward's staff would in Tasklist, for drivers that walk cases through their models: its assignee,
 * or else the first member (by id) of its first candidate group, who claims it first; with that user's groups.
 */
public final class TasklistUser {

    private TasklistUser() {
    }

    /** Runs {@code work} (completing or submitting the task) as the task's user. */
    public static void work(ProcessEngine engine, Task task, Runnable work) {
        String user = task.getAssignee() != null ? task.getAssignee()
                : firstMember(engine, candidateGroup(engine, task));
        IdentityService identity = engine.getIdentityService();
        identity.setAuthentication(user, identity.createGroupQuery().groupMember(user).list().stream()
                .map(Group::getId).toList());
        try {
            if (task.getAssignee() == null) {
                engine.getTaskService().claim(task.getId(), user);
            }
            work.run();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The group's first member by user id. */
    public static String firstMember(ProcessEngine engine, String group) {
        return engine.getIdentityService().createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
                .map(User::getId).findFirst()
                .orElseThrow(() -> new IllegalStateException("nhóm " + group + " không có thành viên"));
    }

    private static String candidateGroup(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException("bước " + task.getTaskDefinitionKey() + " không có nhóm"));
    }
}
