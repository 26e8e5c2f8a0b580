package vn.phoyen.workflow.dashboard;

import java.text.SimpleDateFormat;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * {@code GET /api/open-tasks?unit=&overdue=&page=&size=}: every open task the caller may read (plan tasks, cases,
 * dialogues, reports; the engine's authorizations decide, so denunciations stay with those handling them), with its
 * unit, who holds it (the assignee's full name, or the candidate unit), its due date and whether it is overdue.
 * Overdue tasks first, then by due date. For the supervising office, the supervisors and administrators; 403 others.
 * {@code unit}: a unit's group id; {@code overdue}: true or false; {@code page}: from 1; {@code size}: 1 to 200 (50).
 */
@RestController
class OpenTasksController {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    /**
     * The list's order when two parts are merged: every task of a model has a due date (ModelRules), so where a
     * database puts one without (set aside by hand in Tasklist) matters little; here it comes last, as in PostgreSQL.
     */
    private static final Comparator<Task> ORDER = Comparator.comparing(Task::getDueDate,
                    Comparator.nullsLast(Comparator.<Date>naturalOrder()))
            .thenComparing(Task::getCreateTime).thenComparing(Task::getId);

    private final IdentityService identityService;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final AuthorizationService authorizationService;
    private final Organization organization;

    OpenTasksController(ProcessEngine engine, Organization organization) {
        this.identityService = engine.getIdentityService();
        this.taskService = engine.getTaskService();
        this.runtimeService = engine.getRuntimeService();
        this.repositoryService = engine.getRepositoryService();
        this.authorizationService = engine.getAuthorizationService();
        this.organization = organization;
    }

    record OpenTask(String taskId, String taskName, String processKey, String processName, String caseNumber,
            String unit, String unitName, String holder, boolean assigned, String dueDate, String due,
            boolean overdue, String cockpitLink) {
    }

    record Page(int page, int size, long total, long overdueTotal, List<OpenTask> tasks, List<UnitChoice> units) {
    }

    /** The units to filter by, for the page's choice. */
    record UnitChoice(String id, String name) {
    }

    @GetMapping("/api/open-tasks")
    ResponseEntity<?> openTasks(@RequestParam(required = false) String unit,
            @RequestParam(required = false) String overdue, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        if (!CurrentStaff.of(identityService).map(caller -> organization.readsWardFigures(caller.groupIds()))
                .orElse(false)) {
            return message(HttpStatus.FORBIDDEN, "Chỉ " + organization.supervisingOffice().name() + ", "
                    + organization.supervisors().name() + " và quản trị viên xem được công việc của các đơn vị");
        }
        if (unit != null && !unit.isBlank() && organization.unit(unit).isEmpty()) {
            return message(HttpStatus.BAD_REQUEST, "Không có đơn vị " + unit + " (tham số unit là mã đơn vị, ví dụ vp)");
        }
        if (overdue != null && !overdue.isBlank() && !overdue.equals("true") && !overdue.equals("false")) {
            return message(HttpStatus.BAD_REQUEST, "Tham số overdue chỉ nhận true hoặc false");
        }
        int pageNumber = number(page, 1);
        int pageSize = number(size, DEFAULT_SIZE);
        if (pageNumber < 1 || pageSize < 1 || pageSize > MAX_SIZE) {
            return message(HttpStatus.BAD_REQUEST, "Tham số page phải từ 1, size từ 1 đến " + MAX_SIZE);
        }
        Date now = WardClock.now();
        Optional<Unit> ofUnit = unit == null || unit.isBlank() ? Optional.empty() : organization.unit(unit);
        Boolean overdueOnly = overdue == null || overdue.isBlank() ? null : Boolean.valueOf(overdue);
        // the engine pages and counts (with its authorizations); only the page's tasks are looked up further. The
        // models whose every task the caller may read (those the office follows; all, for administrators) are asked
        // apart from the others, which the engine checks task by task: asked together, the check ran over every open
        // task of the ward (issue 15: over 2 minutes at 100,000 open tasks; ADR 0012). Tasks outside any model (made
        // by hand in Tasklist) are not listed
        List<List<String>> parts = modelsByAccess(CurrentStaff.of(identityService).orElseThrow());
        long total = 0;
        long overdueTotal = 0;
        for (List<String> models : parts) {
            total += tasks(models, ofUnit, overdueOnly, now).count();
            overdueTotal += Boolean.FALSE.equals(overdueOnly) ? 0 : tasks(models, ofUnit, true, now).count();
        }
        int first = (pageNumber - 1) * pageSize;
        List<Task> listed = parts.size() == 1
                ? inOrder(tasks(parts.get(0), ofUnit, overdueOnly, now)).listPage(first, pageSize)
                : parts.stream().flatMap(models -> inOrder(tasks(models, ofUnit, overdueOnly, now))
                        .listPage(0, first + pageSize).stream()).sorted(ORDER).skip(first).limit(pageSize).toList();
        Lookups lookups = new Lookups();
        List<OpenTask> shown = listed.stream().map(task -> describe(task, now, lookups)).toList();
        return ResponseEntity.ok(new Page(pageNumber, pageSize, total, overdueTotal, shown,
                organization.units().stream().map(choice -> new UnitChoice(choice.id(), choice.name())).toList()));
    }

    /**
     * The models whose tasks the caller may read as a whole (READ_TASK on the model), then the others; a part without
     * models left out.
     */
    private List<List<String>> modelsByAccess(CurrentStaff caller) {
        Map<Boolean, List<String>> byAccess = repositoryService.createProcessDefinitionQuery().latestVersion().list()
                .stream().map(ProcessDefinition::getKey).distinct()
                .collect(Collectors.partitioningBy(key -> authorizationService.isUserAuthorized(caller.userId(),
                        caller.groupIds(), ProcessDefinitionPermissions.READ_TASK, Resources.PROCESS_DEFINITION, key)));
        return Stream.of(byAccess.get(true), byAccess.get(false)).filter(models -> !models.isEmpty()).toList();
    }

    /**
     * The engine's order of the list, the same as {@link #ORDER}: by due date, then creation, then id. Overdue work
     * comes first in it: an overdue task is due before any other.
     */
    private static TaskQuery inOrder(TaskQuery query) {
        return query.orderByDueDate().asc().orderByTaskCreateTime().asc().orderByTaskId().asc();
    }

    /**
     * The open tasks of the models the caller may read: of a unit (given to it or its heads, or held by one of its
     * people), overdue (due before now) or not (due later, or without a due date).
     */
    private TaskQuery tasks(List<String> models, Optional<Unit> ofUnit, Boolean overdueOnly, Date now) {
        TaskQuery query = taskService.createTaskQuery().processDefinitionKeyIn(models.toArray(String[]::new));
        ofUnit.ifPresent(given -> {
            TaskQuery givenOrHeld = query.or().taskCandidateGroupIn(List.of(given.id(), given.headsGroupId()))
                    .includeAssignedTasks();
            String[] people = peopleOf(given);
            if (people.length > 0) {
                givenOrHeld.taskAssigneeIn(people);
            }
            givenOrHeld.endOr();
        });
        if (Boolean.TRUE.equals(overdueOnly)) {
            query.dueBefore(now);
        } else if (Boolean.FALSE.equals(overdueOnly)) {
            query.or().dueAfter(now).withoutDueDate().endOr();
        }
        return query;
    }

    private String[] peopleOf(Unit unit) {
        return Stream.of(unit.id(), unit.headsGroupId())
                .flatMap(group -> identityService.createUserQuery().memberOfGroup(group).list().stream())
                .map(User::getId).distinct().toArray(String[]::new);
    }

    private OpenTask describe(Task task, Date now, Lookups lookups) {
        ProcessDefinition definition = task.getProcessDefinitionId() == null ? null
                : lookups.definitions.computeIfAbsent(task.getProcessDefinitionId(),
                        id -> repositoryService.createProcessDefinitionQuery().processDefinitionId(id).singleResult());
        ProcessInstance instance = task.getProcessInstanceId() == null ? null
                : lookups.instances.computeIfAbsent(task.getProcessInstanceId(), this::instance);
        String rootId = instance == null ? task.getProcessInstanceId() : instance.getRootProcessInstanceId();
        String caseNumber = instance == null ? null : instance.getBusinessKey();
        if (caseNumber == null && rootId != null) {
            ProcessInstance root = lookups.instances.computeIfAbsent(rootId, this::instance);
            caseNumber = root == null ? null : root.getBusinessKey();
        }
        Optional<Unit> candidate = candidateUnit(task);
        String holder;
        String unitId = candidate.map(Unit::id).orElse(null);
        if (task.getAssignee() != null) {
            holder = lookups.names.computeIfAbsent(task.getAssignee(), this::fullName);
            if (unitId == null) {
                unitId = lookups.units.computeIfAbsent(task.getAssignee(), this::unitOf);
            }
        } else {
            holder = candidate.map(Unit::name).orElse("(chưa giao)");
        }
        String unitName = unitId == null ? null : organization.unit(unitId).map(Unit::name).orElse(unitId);
        Date due = task.getDueDate();
        return new OpenTask(task.getId(), task.getName(), definition == null ? null : definition.getKey(),
                definition == null ? null : definition.getName(), caseNumber, unitId, unitName, holder,
                task.getAssignee() != null, due == null ? null : iso(due), due == null ? null : day(due),
                due != null && due.before(now), WardFigures.cockpitLink(rootId));
    }

    /** The unit the task is given to: its candidate group, a unit's group or its heads' group. */
    private Optional<Unit> candidateUnit(Task task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        for (String group : groups) {
            for (Unit unit : organization.units()) {
                if (unit.id().equals(group) || unit.headsGroupId().equals(group)) {
                    return Optional.of(unit);
                }
            }
        }
        return Optional.empty();
    }

    /** The unit a person belongs to (the first of his groups that is a unit), for a task given to him alone. */
    private String unitOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> organization.unit(group.getId()).map(Unit::id)
                        .or(() -> organization.units().stream().filter(unit -> unit.headsGroupId().equals(group.getId()))
                                .map(Unit::id).findFirst()))
                .flatMap(Optional::stream).findFirst().orElse(null);
    }

    private ProcessInstance instance(String id) {
        return runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
    }

    private String fullName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private static final class Lookups {
        final Map<String, ProcessDefinition> definitions = new HashMap<>();
        final Map<String, ProcessInstance> instances = new HashMap<>();
        final Map<String, String> names = new HashMap<>();
        final Map<String, String> units = new HashMap<>();
    }

    /** A page or size parameter; -1 for what is not a number, so the range check refuses it. */
    static int number(String value, int otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String day(Date date) {
        return format("dd/MM/yyyy", date);
    }

    private static String iso(Date date) {
        return format("yyyy-MM-dd'T'HH:mm", date);
    }

    private static String format(String pattern, Date date) {
        SimpleDateFormat format = new SimpleDateFormat(pattern);
        format.setTimeZone(TimeZone.getTimeZone(WardClock.ZONE));
        return format.format(date);
    }

    private static ResponseEntity<Map<String, String>> message(HttpStatus status, String message) {
        return ResponseEntity.status(status).body(Map.of("message", message));
    }
}
