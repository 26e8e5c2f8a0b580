package vn.phoyen.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test that drives process models on the application's engine: camunda-bpm-assert is bound to this engine, and
 * after each test the clock is reset, nobody is logged in and every instance the test left is removed.
 */
@EngineTest
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtimeService;

    @BeforeEach
    void bindProcessAssertionsToThisEngine() {
        // camunda-bpm-assert keeps its engine per thread (toolchain note, pitfall 3)
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void removeInstancesAndResetTheClock() {
        engine.getIdentityService().clearAuthentication();
        EngineClock.reset();
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        BpmnAwareTests.reset();
    }

    /** Open tasks of {@code key} in the instance and every instance it called (form keys loaded), oldest first. */
    protected List<Task> tasks(String rootInstanceId, String key) {
        return tasks(engine, rootInstanceId, key);
    }

    /** The one open task of {@code key} in the instance's tree. */
    protected Task task(String rootInstanceId, String key) {
        return task(engine, rootInstanceId, key);
    }

    protected Set<String> candidateGroups(Task task) {
        return candidateGroups(engine, task);
    }

    /** Runs the jobs of the tree due at the engine's time (timers, asynchronous steps) until none is. */
    protected void runDueJobs(String rootInstanceId) {
        runDueJobs(engine, rootInstanceId);
    }

    public static List<Task> tasks(ProcessEngine engine, String rootInstanceId, String key) {
        List<String> tree = instanceTree(engine.getRuntimeService(), rootInstanceId);
        if (tree.isEmpty()) {
            return List.of();
        }
        return engine.getTaskService().createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new))
                .taskDefinitionKey(key).initializeFormKeys().orderByTaskCreateTime().asc().list();
    }

    public static Task task(ProcessEngine engine, String rootInstanceId, String key) {
        List<Task> found = tasks(engine, rootInstanceId, key);
        assertThat(found).as("open tasks %s", key).hasSize(1);
        return found.get(0);
    }

    public static Set<String> candidateGroups(ProcessEngine engine, Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    /** Submits the task's form as Tasklist does, after checking that its Camunda Form is deployed under its id. */
    public static void submitForm(ProcessEngine engine, Task task, Map<String, Object> variables) {
        assertFormDeployed(engine, task);
        engine.getFormService().submitTaskForm(task.getId(), variables);
    }

    /** The task's Camunda Form is deployed under its id (the task must be queried with its form keys). */
    public static void assertFormDeployed(ProcessEngine engine, Task task) {
        String formRef = task.getCamundaFormRef().getKey();
        try (InputStream form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8))
                    .as("deployed form of %s", task.getTaskDefinitionKey()).contains("\"id\": \"" + formRef + "\"");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** Claims and completes a task as a member of the ward, with that person's groups, as Tasklist would. */
    public static void completeAs(ProcessEngine engine, String user, Task task, Map<String, Object> variables) {
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
                .map(group -> group.getId()).toList();
        engine.getIdentityService().setAuthentication(user, groups);
        try {
            engine.getTaskService().claim(task.getId(), user);
            engine.getTaskService().complete(task.getId(), variables);
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
    }

    public static void runDueJobs(ProcessEngine engine, String rootInstanceId) {
        ManagementService jobs = engine.getManagementService();
        for (int round = 0; round < 50; round++) {
            Date now = ClockUtil.getCurrentTime();
            List<String> tree = instanceTree(engine.getRuntimeService(), rootInstanceId);
            List<Job> due = tree.isEmpty() ? List.of() : jobs.createJobQuery()
                    .processInstanceIds(new LinkedHashSet<>(tree)).list().stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> jobs.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming due");
    }

    /** The instance and every instance it called, directly or not, that still run. */
    public static List<String> instanceTree(RuntimeService runtimeService, String rootInstanceId) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> frontier = List.of(rootInstanceId);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                if (ids.add(id)) {
                    runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).list()
                            .forEach(child -> next.add(child.getId()));
                }
            }
            frontier = next;
        }
        return ids.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .toList();
    }
}
