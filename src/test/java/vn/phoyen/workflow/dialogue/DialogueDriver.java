package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/** Works the tasks of a conference (and what it calls) as staff do through Tasklist: by submitting their forms. */
final class DialogueDriver {

    private final ProcessEngine engine;

    DialogueDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    List<Task> tasks(String rootInstanceId, String taskDefinitionKey) {
        List<String> tree = ProcessTest.instanceTree(engine.getRuntimeService(), rootInstanceId);
        if (tree.isEmpty()) {
            return List.of();
        }
        return engine.getTaskService().createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new))
                .taskDefinitionKey(taskDefinitionKey).initializeFormKeys().orderByTaskCreateTime().asc().list();
    }

    Task task(String rootInstanceId, String taskDefinitionKey) {
        List<Task> found = tasks(rootInstanceId, taskDefinitionKey);
        assertThat(found).as("open tasks %s", taskDefinitionKey).hasSize(1);
        return found.get(0);
    }

    /** Submits the form after checking that the task's Camunda Form is deployed under its id. */
    void submit(Task task, Map<String, Object> variables) {
        String formRef = task.getCamundaFormRef().getKey();
        try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("\"id\": \"" + formRef + "\"");
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        engine.getFormService().submitTaskForm(task.getId(), variables);
    }

    Object variable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    Set<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    /** Runs the jobs of the tree that are due at the engine's time (timers, asynchronous steps) until none is. */
    void runDueJobs(String rootInstanceId) {
        for (int round = 0; round < 50; round++) {
            Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
            List<Job> due = new ArrayList<>();
            for (String id : ProcessTest.instanceTree(engine.getRuntimeService(), rootInstanceId)) {
                engine.getManagementService().createJobQuery().processInstanceId(id).list().stream()
                        .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).forEach(due::add);
            }
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming due");
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }
}
