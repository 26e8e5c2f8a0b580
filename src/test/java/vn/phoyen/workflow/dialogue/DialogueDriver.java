package vn.phoyen.workflow.dialogue;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;

/** Works the tasks of a conference (and what it calls) as staff do through Tasklist: by submitting their forms. */
public final class DialogueDriver {

    private final ProcessEngine engine;

    public DialogueDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * Plans the conference of {@code conferenceDate}; the first residential group raises {@code issue} (the others
     * none), which goes to {@code unit}, which prepares {@code preparedAnswer}; announced on {@code noticedOn}.
     * Returns the residential group that raised the issue.
     */
    public String prepareConference(String dialogueId, String conferenceDate, String noticedOn, String issue,
            String unit, String preparedAnswer) {
        submit(task(dialogueId, "planDialogue"), plan(conferenceDate));
        List<Task> gathering = tasks(dialogueId, "gatherIssues");
        String group = (String) variable(gathering.get(0), "residentialGroup");
        for (Task task : gathering) {
            submit(task, Map.of("groupIssues", task == gathering.get(0) ? rows(row("content", issue)) : rows()));
        }
        submit(task(dialogueId, "assignIssues"), Map.of("issues", rows(
                row("residentialGroup", group, "content", issue, "unit", unit))));
        submit(task(dialogueId, "prepareAnswers"), Map.of("unitIssues",
                rows(row("number", 1, "preparedAnswer", preparedAnswer))));
        submit(task(dialogueId, "announceDialogue"), Map.of("noticedOn", noticedOn,
                "noticeChannels", new ArrayList<>(List.of("tru-so-ubnd"))));
        return group;
    }

    /** The plan of a conference in the ward's hall, chaired as the law asks. */
    public static Map<String, Object> plan(String conferenceDate) {
        return Map.of("conferenceDate", conferenceDate, "place", "Hội trường UBND phường", "format", "truc-tiep",
                "chair", "Chủ tịch UBND phường", "coChair", "Phó Chủ tịch HĐND phường",
                "frontRepresentative", "Chủ tịch Ủy ban MTTQ phường");
    }

    /** The rows of a form's dynamic list, as Tasklist submits them. */
    @SafeVarargs
    public static ArrayList<Map<String, Object>> rows(Map<String, Object>... rows) {
        return new ArrayList<>(List.of(rows));
    }

    public static Map<String, Object> row(Object... keysAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
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
