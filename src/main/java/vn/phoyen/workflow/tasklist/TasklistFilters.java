package vn.phoyen.workflow.tasklist;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The three shared Tasklist filters every staff member sees, ordered by due date. They are written with
 * the engine's user expressions, so one filter serves every user; authorizations decide which tasks show.
 */
class TasklistFilters {

    static final String MY_TASKS = "Việc của tôi";
    static final String UNIT_TASKS = "Việc của đơn vị";
    static final String DUE_SOON = "Sắp đến hạn / Quá hạn";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TasklistFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    void ensure() {
        ensure(MY_TASKS, 1, "Các việc đã giao cho tôi",
                taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        ensure(UNIT_TASKS, 2, "Các việc giao cho đơn vị của tôi, kể cả việc đồng nghiệp đã nhận",
                taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
        // the follow-up date of a task is set two working days before its due date (DueSoonFollowUp)
        ensure(DUE_SOON, 3, "Việc đến hạn trong 2 ngày làm việc hoặc đã quá hạn",
                taskService.createTaskQuery().followUpBeforeExpression("${now()}"));
    }

    private void ensure(String name, int priority, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query.orderByDueDate().asc());
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("variables", List.of());
        filter.setProperties(properties);
        filterService.saveFilter(filter);
        grantReadToEveryone(filter.getId());
    }

    private void grantReadToEveryone(String filterId) {
        boolean granted = authorizationService.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filterId).count() > 0;
        if (!granted) {
            Authorization authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
            authorization.setUserId(Authorization.ANY);
            authorization.setResource(Resources.FILTER);
            authorization.setResourceId(filterId);
            authorization.addPermission(Permissions.READ);
            authorizationService.saveAuthorization(authorization);
        }
    }
}
