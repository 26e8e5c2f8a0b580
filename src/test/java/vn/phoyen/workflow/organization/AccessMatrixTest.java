package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.planmodels.PlanProcessDriver;

/**
 * Who may do what on every process people work in, for every unit's head and officer, the supervisors and an
 * administrator, asserted from {@link #MATRIX}: the README's access section holds the same table.
 * <p>
 * Each process is started once and waits at its first task of a unit (named in the table with its candidate group).
 * Every action runs as the user, with the groups the identity service gives him, through the engine's authorization:
 * seeing the task in Tasklist's query, claiming it, completing it, reading the case's variables and its history,
 * opening it in Cockpit (the Cockpit application, the instance and its model) and starting the process. Claims,
 * completions and starts run in a transaction rolled back afterwards, so every user meets the same state; an action
 * counts as allowed when the engine raises no {@link AuthorizationException} (a completion without its form's
 * fields, refused by the model's checks, passed the authorization).
 * <p>
 * In a cell: a unit's id is its head and its officer, {@code unit.head} or {@code unit.officer} one of them,
 * {@code demo} the administrator, "—" nobody; everyone not named is refused.
 */
class AccessMatrixTest extends ProcessTest {

    static final String MATRIX = """
            | process | waiting at (candidates) | see task | claim | complete | read variables | read history | Cockpit | start |
            |---|---|---|---|---|---|---|---|---|
            | feedback | assignOfficer (kthtdt-heads) | vhxh, kthtdt.head, lanhdao, demo | kthtdt.head, demo | kthtdt.head, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, lanhdao, demo | vp, demo |
            | complaint | decideAcceptance (vp) | vhxh, vp, lanhdao, demo | vp, demo | vp, demo | vhxh, vp, ubkt, lanhdao, demo | vhxh, vp, ubkt, lanhdao, demo | vhxh, lanhdao, demo | vp, demo |
            | denunciation | assignHandler (vp-heads) | vp.head, demo | vp.head, demo | vp.head, demo | vp.head, demo | vp.head, demo | demo | vp, demo |
            | citizen-reception | recordVisit (vp) | vhxh, vp, lanhdao, demo | vp, demo | vp, demo | vhxh, vp, lanhdao, demo | vhxh, vp, lanhdao, demo | vhxh, lanhdao, demo | vp, demo |
            | dialogue | planDialogue (vp) | vhxh, vp, lanhdao, demo | vp, demo | vp, demo | vhxh, vp, lanhdao, demo | vhxh, vp, lanhdao, demo | vhxh, lanhdao, demo | vp, demo |
            | ward-report | editReport (vhxh) | vhxh, lanhdao, demo | vhxh, demo | vhxh, demo | vhxh, lanhdao, demo | vhxh, lanhdao, demo | vhxh, lanhdao, demo | vhxh, demo |
            | plan-year-close | proposeCommendations (vhxh) | vhxh, lanhdao, demo | vhxh, demo | vhxh, demo | vhxh, lanhdao, demo | vhxh, lanhdao, demo | vhxh, lanhdao, demo | vhxh, demo |
            | plan-task | assignResponsibleOfficer (kthtdt-heads) | vhxh, kthtdt.head, lanhdao, demo | kthtdt.head, demo | kthtdt.head, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, lanhdao, demo | demo |
            | plan-unit-work | assignResponsibleOfficer (kthtdt-heads) | vhxh, kthtdt.head, lanhdao, demo | kthtdt.head, demo | kthtdt.head, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, lanhdao, demo | demo |
            | plan-assignment | assignResponsibleOfficer (kthtdt-heads) | vhxh, kthtdt.head, lanhdao, demo | kthtdt.head, demo | kthtdt.head, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, kthtdt.head, lanhdao, demo | vhxh, lanhdao, demo | demo |
            """;

    private static final String ADMINISTRATOR = "demo";

    @Autowired
    Organization organization;
    @Autowired
    PlatformTransactionManager transactionManager;

    enum Action {
        SEE_TASK("see task"), CLAIM("claim"), COMPLETE("complete"), READ_VARIABLES("read variables"),
        READ_HISTORY("read history"), COCKPIT("Cockpit"), START("start");

        final String heading;

        Action(String heading) {
            this.heading = heading;
        }
    }

    /** A process in the state the row describes: its instance, and the open task of a unit in its tree. */
    record Case(String process, String instanceId, Task task) {

        String waitingAt(Set<String> candidates) {
            return task.getTaskDefinitionKey() + " (" + String.join(", ", candidates) + ")";
        }
    }

    @Test
    void everyRoleMayDoWhatTheTableSaysAndNothingElse() {
        List<Case> cases = startEveryProcess();
        List<String> users = users();
        Map<String, List<String>> groups = users.stream().collect(Collectors.toMap(user -> user, this::groupsOf,
                (a, b) -> a, LinkedHashMap::new));
        StringBuilder observed = new StringBuilder(MATRIX.lines().limit(2)
                .collect(Collectors.joining("\n", "", "\n")));
        for (Case found : cases) {
            List<String> cells = new ArrayList<>(List.of(found.process(), found.waitingAt(candidateGroups(found.task()))));
            for (Action action : Action.values()) {
                Set<String> allowed = new LinkedHashSet<>();
                for (String user : users) {
                    if (allowed(found, action, user, groups.get(user))) {
                        allowed.add(user);
                    }
                }
                cells.add(cell(allowed));
            }
            observed.append("| ").append(String.join(" | ", cells)).append(" |\n");
        }
        assertThat(differences(MATRIX, observed.toString())).as("observed table:%n%s", observed).isEmpty();
    }

    @Test
    void theReadmeShowsTheSameTable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        assertThat(readme.contains(MATRIX)).as("README.md holds the table of AccessMatrixTest.MATRIX").isTrue();
    }

    private boolean allowed(Case found, Action action, String user, List<String> groups) {
        String taskId = found.task().getId();
        String instanceId = found.instanceId();
        return switch (action) {
            case SEE_TASK -> as(user, groups, () -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 1);
            case CLAIM -> passesAuthorization(user, groups, () -> engine.getTaskService().claim(taskId, user));
            case COMPLETE -> passesAuthorization(user, groups, () -> engine.getTaskService().complete(taskId));
            case READ_VARIABLES -> passesAuthorization(user, groups, () -> runtimeService.getVariables(instanceId));
            case READ_HISTORY -> as(user, groups, () -> engine.getHistoryService().createHistoricProcessInstanceQuery()
                    .processInstanceId(instanceId).count() == 1);
            case COCKPIT -> engine.getAuthorizationService().isUserAuthorized(user, groups, Permissions.ACCESS,
                    Resources.APPLICATION, AccessPolicy.COCKPIT)
                    && as(user, groups, () -> runtimeService.createProcessInstanceQuery()
                            .processInstanceId(instanceId).count() == 1)
                    && passesAuthorization(user, groups, () -> engine.getRepositoryService()
                            .getProcessDefinition(found.task().getProcessDefinitionId()));
            case START -> passesAuthorization(user, groups,
                    () -> runtimeService.startProcessInstanceByKey(found.process()));
        };
    }

    private boolean as(String user, List<String> groups, BooleanSupplier check) {
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            return check.getAsBoolean();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    /** Runs the action as the user in a transaction that is rolled back: false only when the engine refused him. */
    private boolean passesAuthorization(String user, List<String> groups, Runnable action) {
        try {
            new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
                status.setRollbackOnly();
                engine.getIdentityService().setAuthentication(user, groups);
                try {
                    action.run();
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
            });
            return true;
        } catch (RuntimeException refused) {
            for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
                if (cause instanceof AuthorizationException) {
                    return false;
                }
            }
            return true;
        }
    }

    private List<Case> startEveryProcess() {
        List<Case> cases = new ArrayList<>();
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
        cases.add(started("feedback", "vp.officer", Map.of("receivedDate", "2026-03-02", "channel", "phone",
                "category", "moi-truong", "title", "Rác thải ùn ứ ở đầu ngõ",
                "content", "Rác không được thu gom ba ngày nay.", "senderName", "Đỗ Văn Em",
                "senderContact", "0987 654 321")));
        cases.add(started("complaint", "vp.officer", Map.of("receivedDate", "2026-02-27",
                "complainantName", "Nguyễn Thị Hoa", "complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên",
                "subject", "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng",
                "content", "Tôi không đồng ý với mức phạt vì công trình đã có giấy phép sửa chữa.")));
        cases.add(started("denunciation", "vp.officer", Map.of("receivedDate", "2026-02-27", "anonymous", false,
                "denouncerName", "Lê Văn Cường", "denouncerContact", "Tổ dân phố Ba Hàng, 0912 000 111",
                "accusedName", "Ông Phạm Văn D, công chức địa chính", "accusedUnit", "kthtdt",
                "content", "Nhận tiền để làm nhanh hồ sơ cấp giấy chứng nhận.")));
        cases.add(started("citizen-reception", "vp.officer", Map.of("receptionDate", "2026-03-02",
                "visitorName", "Hoàng Thị Mai", "visitorAddress", "Tổ dân phố Bãi Bông", "groupSize", "3",
                "receptionKind", "regular", "receiverRole", "officer", "receiverName", "Lý Văn Sơn",
                "channel", "in-person")));
        cases.add(started("dialogue", "vp.officer", Map.of("dialogueOrigin", "office")));
        cases.add(started("ward-report", "vhxh.officer", Map.of("period", "2025-Q3")));
        cases.add(started("plan-year-close", "vhxh.officer", Map.of("planYear", "2025")));
        EngineClock.setTo(PlanProcessDriver.PLAN_LAUNCH);
        // the launcher starts plan tasks as the system; task 14 is led by one unit, kthtdt
        ProcessInstance planTask = runtimeService.startProcessInstanceByKey("plan-task", "KH54-2025-T14",
                PlanProcessDriver.taskVariables(14));
        Task assignment = onlyTask(planTask.getId());
        cases.add(new Case("plan-task", planTask.getId(), assignment));
        cases.add(new Case("plan-unit-work", runtimeService.createProcessInstanceQuery()
                .processDefinitionKey("plan-unit-work").superProcessInstanceId(planTask.getId()).singleResult().getId(),
                assignment));
        cases.add(new Case("plan-assignment", assignment.getProcessInstanceId(), assignment));
        return cases;
    }

    private Case started(String process, String user, Map<String, Object> variables) {
        engine.getIdentityService().setAuthentication(user, groupsOf(user));
        String id;
        try {
            id = runtimeService.startProcessInstanceByKey(process, variables).getId();
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        return new Case(process, id, onlyTask(id));
    }

    private Task onlyTask(String rootInstanceId) {
        runDueJobs(rootInstanceId);
        List<String> tree = instanceTree(runtimeService, rootInstanceId);
        List<Task> open = engine.getTaskService().createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new))
                .list();
        assertThat(open).as("open tasks of %s", rootInstanceId).hasSize(1);
        return open.get(0);
    }

    /** An officer and a head of every unit, then the administrator. */
    private List<String> users() {
        List<String> users = new ArrayList<>();
        for (Unit unit : organization.units()) {
            users.add(unit.id() + ".head");
            users.add(unit.id() + ".officer");
        }
        users.add(ADMINISTRATOR);
        return users;
    }

    private List<String> groupsOf(String user) {
        return engine.getIdentityService().createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                .toList();
    }

    /** Users written as the table writes them: a unit whose head and officer are both allowed by its id. */
    private String cell(Set<String> allowed) {
        if (allowed.isEmpty()) {
            return "—";
        }
        List<String> written = new ArrayList<>();
        for (Unit unit : organization.units()) {
            boolean head = allowed.contains(unit.id() + ".head");
            boolean officer = allowed.contains(unit.id() + ".officer");
            if (head && officer) {
                written.add(unit.id());
            } else if (head) {
                written.add(unit.id() + ".head");
            } else if (officer) {
                written.add(unit.id() + ".officer");
            }
        }
        if (allowed.contains(ADMINISTRATOR)) {
            written.add(ADMINISTRATOR);
        }
        return String.join(", ", written);
    }

    /** Cell by cell, each difference named by its process and column. */
    private static List<String> differences(String expected, String observed) {
        Map<String, List<String>> expectedRows = rows(expected);
        Map<String, List<String>> observedRows = rows(observed);
        List<String> differences = new ArrayList<>();
        List<String> headings = Arrays.stream(expected.lines().findFirst().orElseThrow().split("\\|"))
                .map(String::strip).filter(Predicate.not(String::isEmpty)).toList();
        Set<String> processes = new TreeSet<>(expectedRows.keySet());
        processes.addAll(observedRows.keySet());
        for (String process : processes) {
            List<String> want = expectedRows.get(process);
            List<String> got = observedRows.get(process);
            if (want == null || got == null) {
                differences.add(process + ": " + (want == null ? "not in the table" : "not observed"));
                continue;
            }
            for (int column = 1; column < headings.size(); column++) {
                if (!want.get(column).equals(got.get(column))) {
                    differences.add(process + " / " + headings.get(column) + ": table says \"" + want.get(column)
                            + "\", the engine does \"" + got.get(column) + "\"");
                }
            }
        }
        return differences;
    }

    private static Map<String, List<String>> rows(String table) {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        table.lines().skip(2).filter(line -> line.startsWith("|")).forEach(line -> {
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|")).map(String::strip)
                    .toList();
            rows.put(cells.get(0), cells);
        });
        return rows;
    }
}
