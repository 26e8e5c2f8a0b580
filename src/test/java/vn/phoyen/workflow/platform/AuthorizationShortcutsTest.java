package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/**
 * Tasklist's "Việc của tôi" and "Việc của đơn vị" skip the engine's per-task check (AuthorizationShortcutsPlugin):
 * every staff member still sees in each filter exactly the tasks the engine's check lets them read.
 */
@EngineTest
class AuthorizationShortcutsTest {

    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private Task vpTask;
    private Task feedbackAssignment;
    private Task standalone;
    private List<String> fixture;

    @BeforeEach
    void tasksOfSeveralUnitsSomeClaimedSomeHandedToAnotherUnitsOfficer() {
        vpTask = planTask("vp");
        Task kthtdtClaimed = planTask("kthtdt");
        taskService.claim(kthtdtClaimed.getId(), "kthtdt.head");
        Task ttdvthHandedToKthtdtOfficer = planTask("ttdvth");
        taskService.setAssignee(ttdvthHandedToKthtdtOfficer.getId(), "kthtdt.officer");
        Task sharedByTwoUnits = planTask("ca");
        taskService.addCandidateGroup(sharedByTwoUnits.getId(), "mttq");
        String feedback = runtimeService.startProcessInstanceByKey("feedback", new HashMap<>(Map.of(
                "receivedDate", "2026-12-03", "channel", "desk", "category", "moi-truong", "title", "Rác ở ngõ 7",
                "content", "Rác để ba ngày chưa thu gom.", "senderName", "Nguyễn Văn An",
                "senderContact", "0912 345 678"))).getId();
        feedbackAssignment = taskService.createTaskQuery().processInstanceId(feedback).list().get(0);
        standalone = taskService.newTask();
        standalone.setName("Việc lẻ của Văn phòng");
        taskService.saveTask(standalone);
        taskService.addCandidateGroup(standalone.getId(), "vp");
        fixture = List.of(vpTask.getId(), kthtdtClaimed.getId(), ttdvthHandedToKthtdtOfficer.getId(),
                sharedByTwoUnits.getId(), feedbackAssignment.getId(), standalone.getId());
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        taskService.deleteTask(standalone.getId(), true);
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_REVOKE).list()
                .forEach(revoke -> authorizationService.deleteAuthorization(revoke.getId()));
    }

    @Test
    void everyStaffMemberSeesInEachFilterExactlyWhatTheEnginesCheckLetsThemRead() {
        List<User> staff = identityService.createUserQuery().list();
        assertThat(staff).hasSizeGreaterThan(10);
        int listed = 0;
        for (User user : staff) {
            List<String> groups = groupsOf(user.getId());
            for (Filter filter : filterService.createTaskFilterQuery().list()) {
                List<String> expected = readableByEnginesCheck(user.getId(), groups, filter);
                assertThat(listAs(user.getId(), groups, filter.getName())).as(user.getId() + " / " + filter.getName())
                        .containsExactlyInAnyOrderElementsOf(expected);
                listed += expected.size();
            }
        }
        // the comparison saw tasks, not only empty lists: each unit's own and claimed ones, the handed-over one
        assertThat(listed).isGreaterThan(10);
        assertThat(listAs("kthtdt.officer", groupsOf("kthtdt.officer"), "Việc của tôi")).hasSize(1);
        assertThat(listAs("mttq.officer", groupsOf("mttq.officer"), "Việc của đơn vị")).hasSize(1);
        assertThat(listAs("vp.officer", groupsOf("vp.officer"), "Việc của đơn vị"))
                .contains(vpTask.getId(), standalone.getId());
        assertThat(listAs("kthtdt.head", groupsOf("kthtdt.head"), "Việc của đơn vị")).contains(feedbackAssignment.getId());
    }

    @Test
    void theUnitsListNoLongerChecksEachTaskItFinds() {
        // a grant taken away by hand (not something the system does) leaves the task in the unit's list: what lets a
        // unit see a task there is the task being offered to it
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(vpTask.getId())
                .groupIdIn("vp").list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));

        assertThat(listAs("vp.officer", List.of("vp"), "Việc của đơn vị")).contains(vpTask.getId());
        identityService.setAuthentication("vp.officer", List.of("vp"));
        assertThat(taskService.createTaskQuery().taskId(vpTask.getId()).list()).isEmpty();
    }

    @Test
    void aRevokeMakesTheListsCheckEveryTaskAgainAtOnceAndItsDeletionLetsThemSkipTheCheckAgain() {
        // vp.officer's list was shown just before (setUp): the answer "no revoke" kept for it is dropped at the save
        // a person's own revoke outranks the grant to their unit
        Authorization revoke = revokeFromVpOfficerOnVpTask(Permissions.READ);

        assertThat(listAs("vp.officer", List.of("vp"), "Việc của đơn vị"))
                .doesNotContain(vpTask.getId()).contains(standalone.getId());

        authorizationService.deleteAuthorization(revoke.getId());
        // the unit's grant on vpTask was taken away in setUp: only the list's shortcut shows it
        assertThat(listAs("vp.officer", List.of("vp"), "Việc của đơn vị")).contains(vpTask.getId());
    }

    @Test
    void aListOfAnotherUnitsTasksIsStillCheckedTaskByTask() {
        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));

        assertThat(taskService.createTaskQuery().taskCandidateGroup("vp").includeAssignedTasks().list()).isEmpty();
        assertThat(taskService.createTaskQuery().taskCandidateGroupIn(List.of("kthtdt", "vp")).list()).isEmpty();
        assertThat(taskService.createTaskQuery().taskAssignee("vp.officer").list()).isEmpty();
    }

    @Test
    void aListOfTheModelsTheOfficeFollowsShowsTheirTasksAndNoOtherModelsTasks() {
        String denunciation = runtimeService.startProcessInstanceByKey("denunciation", new HashMap<>(Map.of(
                "receivedDate", "2026-12-03", "denouncerName", "Trần Văn Bình", "denouncerContact", "0912345678",
                "accusedName", "Cán bộ địa chính", "accusedUnit", "kthtdt", "content", "Nhận tiền khi làm thủ tục")))
                .getId();
        assertThat(taskService.createTaskQuery().processInstanceId(denunciation).count()).isPositive();
        List<String> followed = List.of("plan-fixture", "feedback");
        List<String> vhxh = groupsOf("vhxh.head");

        identityService.setAuthentication("vhxh.head", vhxh);
        List<String> listed;
        try {
            listed = taskService.createTaskQuery().processDefinitionKeyIn(followed.toArray(String[]::new)).list()
                    .stream().map(Task::getId).toList();
            // denunciations are not the office's to follow: that model's tasks are still checked one by one
            assertThat(taskService.createTaskQuery().processDefinitionKey("denunciation").list()).isEmpty();
            assertThat(taskService.createTaskQuery().processDefinitionKeyIn("plan-fixture", "denunciation").list())
                    .extracting(Task::getProcessInstanceId).doesNotContain(denunciation);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(listed).hasSize(5).containsExactlyInAnyOrderElementsOf(taskService.createTaskQuery()
                .processDefinitionKeyIn(followed.toArray(String[]::new)).list().stream()
                .filter(task -> authorizationService.isUserAuthorized("vhxh.head", vhxh,
                        ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION,
                        repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey()))
                .map(Task::getId).toList());
    }

    @Test
    void everyStaffMemberMayClaimAndCompleteExactlyTheTasksTheEnginesCheckLetsThem() {
        List<Task> open = taskService.createTaskQuery().taskIdIn(fixture.toArray(String[]::new)).list();
        assertThat(open).hasSize(6);
        int allowed = 0;
        for (User user : identityService.createUserQuery().list()) {
            List<String> groups = groupsOf(user.getId());
            for (Task task : open) {
                boolean expected = mayWorkByEnginesCheck(user.getId(), groups, task);
                assertThat(passesTaskWorkCheck(user.getId(), groups, task.getId()))
                        .as(user.getId() + " / " + task.getName() + " " + task.getId()).isEqualTo(expected);
                allowed += expected ? 1 : 0;
            }
        }
        // named staff (assignees, units offered a task) and the administrators, not only refusals
        assertThat(allowed).isGreaterThan(6);
    }

    @Test
    void theUnitOfferedATaskClaimsItWithoutTheCheck() {
        authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(vpTask.getId())
                .groupIdIn("vp").list().forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
        assertThat(mayWorkByEnginesCheck("vp.officer", List.of("vp"), vpTask)).isFalse();

        identityService.setAuthentication("vp.officer", List.of("vp"));
        taskService.claim(vpTask.getId(), "vp.officer");

        assertThat(taskService.createTaskQuery().taskId(vpTask.getId()).singleResult().getAssignee())
                .isEqualTo("vp.officer");
    }

    @Test
    void aRevokeOrNotBeingNamedStillRefusesTheClaim() {
        revokeFromVpOfficerOnVpTask(Permissions.TASK_WORK, Permissions.UPDATE);

        identityService.setAuthentication("vp.officer", List.of("vp"));
        assertThatThrownBy(() -> taskService.claim(vpTask.getId(), "vp.officer"))
                .isInstanceOf(AuthorizationException.class);
        identityService.setAuthentication("kthtdt.officer", List.of("kthtdt"));
        assertThatThrownBy(() -> taskService.complete(vpTask.getId())).isInstanceOf(AuthorizationException.class);
    }

    private Authorization revokeFromVpOfficerOnVpTask(Permissions... permissions) {
        Authorization revoke = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_REVOKE);
        revoke.setUserId("vp.officer");
        revoke.setResource(Resources.TASK);
        revoke.setResourceId(vpTask.getId());
        for (Permissions permission : permissions) {
            revoke.removePermission(permission);
        }
        return authorizationService.saveAuthorization(revoke);
    }

    /** The TASK_WORK check claiming and completing run, through the engine's configured command checkers. */
    private boolean passesTaskWorkCheck(String userId, List<String> groups, String taskId) {
        identityService.setAuthentication(userId, groups);
        try {
            return configuration.getCommandExecutorTxRequired().execute(commandContext -> {
                TaskEntity task = commandContext.getTaskManager().findTaskById(taskId);
                try {
                    commandContext.getProcessEngineConfiguration().getCommandCheckers()
                            .forEach(checker -> checker.checkTaskWork(task));
                    return true;
                } catch (AuthorizationException refused) {
                    return false;
                }
            });
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** What the engine's own check decides: TASK_WORK or UPDATE on the task, or on its model's tasks. */
    private boolean mayWorkByEnginesCheck(String userId, List<String> groups, Task task) {
        if (authorizationService.isUserAuthorized(userId, groups, Permissions.TASK_WORK, Resources.TASK, task.getId())
                || authorizationService.isUserAuthorized(userId, groups, Permissions.UPDATE, Resources.TASK,
                task.getId())) {
            return true;
        }
        if (task.getProcessDefinitionId() == null) {
            return false;
        }
        String model = repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey();
        return authorizationService.isUserAuthorized(userId, groups, Permissions.TASK_WORK,
                Resources.PROCESS_DEFINITION, model) || authorizationService.isUserAuthorized(userId, groups,
                ProcessDefinitionPermissions.UPDATE_TASK, Resources.PROCESS_DEFINITION, model);
    }

    private Task planTask(String unit) {
        String instanceId = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", unit, "receivedDate", "2026-12-03")).getId();
        return taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    }

    private List<String> listAs(String userId, List<String> groups, String filterName) {
        identityService.setAuthentication(userId, groups);
        try {
            String filterId = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
            return filterService.<Task>list(filterId).stream().map(Task::getId).toList();
        } finally {
            identityService.clearAuthentication();
        }
    }

    /**
     * The filter's tasks for the user as the engine's check decides: the filter's criteria for that user, read
     * unchecked, then kept where the user has READ on the task or READ_TASK on its model.
     */
    private List<String> readableByEnginesCheck(String userId, List<String> groups, Filter filter) {
        TaskQuery criteria = switch (filter.getName()) {
            case "Việc của tôi" -> taskService.createTaskQuery().taskAssignee(userId);
            case "Việc của đơn vị" -> groups.isEmpty() ? null
                    : taskService.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks();
            case "Sắp đến hạn / Quá hạn" -> taskService.createTaskQuery().followUpBefore(ClockUtil.getCurrentTime());
            default -> throw new IllegalStateException("a filter this test does not know: " + filter.getName());
        };
        if (criteria == null) {
            return List.of();
        }
        return criteria.list().stream().filter(task -> authorizationService.isUserAuthorized(userId, groups,
                        Permissions.READ, Resources.TASK, task.getId())
                        || task.getProcessDefinitionId() != null && authorizationService.isUserAuthorized(userId,
                        groups, ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION,
                        repositoryService.getProcessDefinition(task.getProcessDefinitionId()).getKey()))
                .map(Task::getId).toList();
    }
}
