package vn.phoyen.workflow.dialogue;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
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
        return ProcessTest.tasks(engine, rootInstanceId, taskDefinitionKey);
    }

    Task task(String rootInstanceId, String taskDefinitionKey) {
        return ProcessTest.task(engine, rootInstanceId, taskDefinitionKey);
    }

    void submit(Task task, Map<String, Object> variables) {
        ProcessTest.submitForm(engine, task, variables);
    }

    Object variable(Task task, String name) {
        return engine.getTaskService().getVariable(task.getId(), name);
    }

    Set<String> candidateGroups(Task task) {
        return ProcessTest.candidateGroups(engine, task);
    }

    void runDueJobs(String rootInstanceId) {
        ProcessTest.runDueJobs(engine, rootInstanceId);
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }
}
