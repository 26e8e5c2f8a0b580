package vn.phoyen.workflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** Every staff member has the three shared filters, and each shows what its name says. */
@EngineTest
class TasklistFiltersTest {

    @Autowired
    FilterService filterService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;

    private Task vpTask;

    @BeforeEach
    void aTaskOfTheOfficeDueInFiveWorkingDaysAcrossTet() {
        // Tuesday 10/02/2026; Tết keeps offices closed 14–22/02, so five working days end on 24/02
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        String instanceId = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "vp", "receivedDate", "2026-02-10")).getId();
        vpTask = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    }

    @AfterEach
    void cleanUp() {
        identityService.clearAuthentication();
        EngineClock.reset();
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
    }

    @Test
    void everyStaffMemberSeesTheThreeFiltersInOrder() {
        identityService.setAuthentication("ttdvth.officer", List.of("ttdvth"));

        List<Filter> filters = filterService.createTaskFilterQuery().list();

        assertThat(filters).extracting(Filter::getName).containsExactlyInAnyOrder(
                TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS, TasklistFilters.DUE_SOON);
        assertThat(filters).extracting(filter -> filter.getProperties().get("priority")).containsExactlyInAnyOrder(1, 2, 3);
    }

    @Test
    void theUnitFilterShowsTheUnitsTasksOnlyIncludingClaimedOnes() {
        assertThat(countAs("vp.officer", "vp", TasklistFilters.UNIT_TASKS)).isOne();
        assertThat(countAs("kthtdt.officer", "kthtdt", TasklistFilters.UNIT_TASKS)).isZero();

        taskService.claim(vpTask.getId(), "vp.head");

        assertThat(countAs("vp.officer", "vp", TasklistFilters.UNIT_TASKS)).isOne();
    }

    @Test
    void myTasksShowsWhatIsAssignedToMe() {
        assertThat(countAs("vp.officer", "vp", TasklistFilters.MY_TASKS)).isZero();

        taskService.claim(vpTask.getId(), "vp.officer");

        assertThat(countAs("vp.officer", "vp", TasklistFilters.MY_TASKS)).isOne();
        assertThat(countAs("vp.head", "vp", TasklistFilters.MY_TASKS)).isZero();
    }

    @Test
    void dueSoonShowsATaskFromTwoWorkingDaysBeforeItsDueDateAndWhileItIsOverdue() {
        assertThat(vpTask.getDueDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 2, 24, 23, 59, 59)));
        // two working days before Tuesday 24/02 are Monday 23/02 and, across Tết, Friday 13/02
        assertThat(vpTask.getFollowUpDate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 2, 13, 0, 0)));

        EngineClock.setTo(LocalDateTime.of(2026, 2, 12, 16, 0));
        assertThat(countAs("vp.officer", "vp", TasklistFilters.DUE_SOON)).isZero();
        EngineClock.setTo(LocalDateTime.of(2026, 2, 13, 8, 0));
        assertThat(countAs("vp.officer", "vp", TasklistFilters.DUE_SOON)).isOne();
        EngineClock.setTo(LocalDateTime.of(2026, 2, 26, 8, 0));
        assertThat(countAs("vp.officer", "vp", TasklistFilters.DUE_SOON)).isOne();
        assertThat(countAs("kthtdt.officer", "kthtdt", TasklistFilters.DUE_SOON)).isZero();
    }

    @Test
    void movingTheDueDateMovesTheWarning() {
        Task task = taskService.createTaskQuery().taskId(vpTask.getId()).singleResult();
        task.setDueDate(EngineClock.at(LocalDateTime.of(2026, 3, 6, 17, 0)));
        taskService.saveTask(task);

        // Friday 06/03: two working days before are Thursday 05/03 and Wednesday 04/03
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate())
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 4, 0, 0)));
    }

    @Test
    void aTaskDueSoonerThanTheWarningIsDueSoonFromItsCreationNotFromBefore() {
        // created on Saturday 05/12 and due Monday 07/12: two working days before would be Thursday 03/12
        EngineClock.setTo(LocalDateTime.of(2026, 12, 5, 9, 30));
        String instanceId = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "vp", "receivedDate", "2026-12-05")).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        task.setDueDate(EngineClock.at(LocalDateTime.of(2026, 12, 7, 23, 59, 59)));
        taskService.saveTask(task);

        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate())
                .isEqualTo(task.getCreateTime()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 12, 5, 9, 30)));
        EngineClock.setTo(LocalDateTime.of(2026, 12, 5, 9, 31));
        identityService.setAuthentication("vp.officer", List.of("vp"));
        String dueSoon = filterService.createTaskFilterQuery().filterName(TasklistFilters.DUE_SOON).singleResult().getId();
        assertThat(filterService.<Task>list(dueSoon)).extracting(Task::getId).as("due soon once it exists")
                .contains(task.getId());
    }

    @Test
    void aWarningAcrossTheNewYearSkipsItsHolidayAndNeverPrecedesItsTask() {
        // created Wednesday 30/12/2026, due Tuesday 05/01/2027: Friday 01/01/2027 (Tết Dương lịch, Bộ luật Lao động
        // Điều 112, on 2027's provisional days) and the weekend are not working days, so the second working day
        // before is Thursday 31/12
        assertThat(followUpOf(LocalDateTime.of(2026, 12, 30, 8, 0), LocalDateTime.of(2027, 1, 5, 23, 59, 59)))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 12, 31, 0, 0)));
        // created Thursday 31/12 at 10:00, due Monday 04/01/2027: the second working day before is Wednesday 30/12,
        // before the task existed
        assertThat(followUpOf(LocalDateTime.of(2026, 12, 31, 10, 0), LocalDateTime.of(2027, 1, 4, 23, 59, 59)))
                .isEqualTo(EngineClock.at(LocalDateTime.of(2026, 12, 31, 10, 0)));
    }

    /** The follow-up date of a task created at {@code created} and given {@code due}. */
    Date followUpOf(LocalDateTime created, LocalDateTime due) {
        EngineClock.setTo(created);
        String instanceId = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "vp", "receivedDate", created.toLocalDate().toString())).getId();
        Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        task.setDueDate(EngineClock.at(due));
        taskService.saveTask(task);
        return taskService.createTaskQuery().taskId(task.getId()).singleResult().getFollowUpDate();
    }

    @Test
    void everyFilterListsTheEarliestDueDateFirst() {
        // a second task of the Office, started later but due earlier
        Task later = vpTask;
        String instanceId = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "vp", "receivedDate", "2026-02-10")).getId();
        Task earlier = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
        earlier.setDueDate(EngineClock.at(LocalDateTime.of(2026, 2, 12, 17, 0)));
        taskService.saveTask(earlier);
        taskService.claim(later.getId(), "vp.officer");
        taskService.claim(earlier.getId(), "vp.officer");

        for (String filterName : List.of(TasklistFilters.MY_TASKS, TasklistFilters.UNIT_TASKS)) {
            identityService.setAuthentication("vp.officer", List.of("vp"));
            try {
                String filterId = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
                List<Task> listed = filterService.list(filterId);
                assertThat(listed).as(filterName).extracting(Task::getId).containsExactly(earlier.getId(), later.getId());
            } finally {
                identityService.clearAuthentication();
            }
        }
    }

    private long countAs(String userId, String group, String filterName) {
        identityService.setAuthentication(userId, List.of(group));
        try {
            String filterId = filterService.createTaskFilterQuery().filterName(filterName).singleResult().getId();
            return filterService.count(filterId);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
