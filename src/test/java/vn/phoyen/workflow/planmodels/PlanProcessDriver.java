package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * Starts plan models with the launcher's start variables and works their tasks as the ward's staff would
 * through Tasklist (form submission), so tests read as the steps of the plan.
 */
public final class PlanProcessDriver {

    /** Every unit that leads "all units" tasks: every unit group except the supervisors. */
    static final List<String> ALL_UNITS = List.of("vhxh", "vp", "kthtdt", "ttdvth", "ca", "mttq", "ubkt", "banktns");

    /** The bodies the plan invites rather than orders (units.csv column invited): a request each, no share of work. */
    static final List<String> INVITED_UNITS = List.of("mttq", "ubkt", "banktns");

    /** 11/09/2025, the day Kế hoạch 54/KH-UBND was issued and takes effect (a Thursday). */
    public static final LocalDateTime PLAN_LAUNCH = LocalDateTime.of(2025, 9, 11, 9, 0);

    private final ProcessEngine engine;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final FormService formService;
    private final ManagementService managementService;

    PlanProcessDriver(ProcessEngine engine) {
        this.engine = engine;
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.formService = engine.getFormService();
        this.managementService = engine.getManagementService();
    }

    static String businessKey(int taskNumber) {
        return "KH54-2025-T%02d".formatted(taskNumber);
    }

    /** The start variables the launcher sets for task {@code number} of the 2025 plan (see the plan contract). */
    public static Map<String, Object> taskVariables(int number) {
        List<String> leads = switch (number) {
            case 1, 2, 12, 13 -> List.of("vhxh");
            case 7 -> List.of("vp");
            case 9 -> List.of("mttq");
            case 10 -> List.of("ubkt");
            case 14, 15 -> List.of("kthtdt");
            case 16 -> List.of("ttdvth");
            default -> ALL_UNITS;
        };
        List<String> supports = switch (number) {
            case 3, 4, 5, 8, 11 -> List.of("vhxh");
            case 6 -> List.of("mttq");
            case 7 -> List.of("ubkt");
            default -> ALL_UNITS.stream().filter(unit -> !leads.contains(unit)).toList();
        };
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "KH54");
        variables.put("planYear", 2025);
        variables.put("taskNumber", number);
        variables.put("taskLabel", "Nhiệm vụ " + number);
        variables.put("taskTitle", "Nội dung nhiệm vụ " + number + " của Phụ lục Kế hoạch 54/KH-UBND");
        // ArrayLists as the launcher passes them (the engine keeps a list as JSON with its class name)
        variables.put("leadUnits", new ArrayList<>(leads));
        variables.put("supportUnits", new ArrayList<>(supports));
        switch (number) {
            case 2 -> {
                variables.put("completion", "by-date");
                variables.put("deadline", ProcessDeadlines.endOf(LocalDate.of(2025, 9, 30)));
            }
            case 8, 9 -> {
                variables.put("completion", "within-year");
                variables.put("deadline", ProcessDeadlines.endOf(LocalDate.of(2025, 12, 31)));
            }
            default -> {
                variables.put("completion", "ongoing");
                variables.put("deadline", null);
            }
        }
        variables.put("reportingPeriods", new ArrayList<>(List.of("2025-Q3", "2025-Q4")));
        variables.put("checklist", new ArrayList<>(number == 4
                ? List.of("Tình hình thực hiện ngân sách cấp xã", "Danh sách hộ nghèo, cận nghèo",
                        "Quy hoạch, kế hoạch sử dụng đất", "Bảng giá đất")
                : List.of("Nội dung thứ nhất của nhiệm vụ " + number, "Nội dung thứ hai của nhiệm vụ " + number)));
        if (number == 4) {
            // as the launcher lists them: each item once for the ward
            variables.put("publicationItems", new ArrayList<>((List<?>) variables.get("checklist")));
        }
        variables.put("papiDimension", "2 – Công khai, minh bạch");
        if (number == 6) {
            variables.put("residentialGroups", new ArrayList<>(List.of("Tổ dân phố Ba Hàng", "Tổ dân phố Đồng Tiến")));
            // both leaders' terms end in the plan year
            variables.put("electingGroups", new ArrayList<>(List.of("Tổ dân phố Ba Hàng", "Tổ dân phố Đồng Tiến")));
        }
        // the plan data's choice of the task's own steps, as in the 2025 plan
        variables.put("dialoguesPerYear", number == 8 ? 2 : 0);
        variables.put("recordsPublication", number == 4);
        variables.put("electsGroupLeaders", number == 6);
        variables.put("launchedBy", "vhxh.head");
        return variables;
    }

    ProcessInstance startTask(int number, Map<String, Object> overrides) {
        Map<String, Object> variables = taskVariables(number);
        overrides.forEach((name, value) -> variables.put(name, value instanceof List<?> list ? new ArrayList<>(list) : value));
        return runtimeService.startProcessInstanceByKey("plan-task", businessKey(number), variables);
    }

    /** Ids of the instance and every instance it called, directly or not, that still run. */
    List<String> instanceTree(String rootInstanceId) {
        return ProcessTest.instanceTree(runtimeService, rootInstanceId);
    }

    List<Task> tasks(String rootInstanceId) {
        List<String> tree = instanceTree(rootInstanceId);
        if (tree.isEmpty()) {
            return List.of();
        }
        return taskService.createTaskQuery().processInstanceIdIn(tree.toArray(String[]::new))
                .initializeFormKeys().orderByTaskCreateTime().asc().list();
    }

    List<Task> tasks(String rootInstanceId, String taskDefinitionKey) {
        return tasks(rootInstanceId).stream().filter(task -> task.getTaskDefinitionKey().equals(taskDefinitionKey))
                .toList();
    }

    Task task(String rootInstanceId, String taskDefinitionKey) {
        List<Task> found = tasks(rootInstanceId, taskDefinitionKey);
        assertThat(found).as("open tasks %s", taskDefinitionKey).hasSize(1);
        return found.get(0);
    }

    List<Job> jobs(String rootInstanceId) {
        List<String> tree = instanceTree(rootInstanceId);
        List<Job> jobs = new ArrayList<>();
        for (String id : tree) {
            jobs.addAll(managementService.createJobQuery().processInstanceId(id).list());
        }
        return jobs;
    }

    /** The timer or continuation of the given activity, in the tree of the instance. */
    Job job(String rootInstanceId, String activityId) {
        List<Job> found = jobs(rootInstanceId).stream()
                .filter(job -> activityId.equals(activityOf(job)))
                .toList();
        assertThat(found).as("jobs of %s", activityId).hasSize(1);
        return found.get(0);
    }

    private String activityOf(Job job) {
        return managementService.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
                .getActivityId();
    }

    void execute(Job job) {
        managementService.executeJob(job.getId());
    }

    /** Runs the jobs that are due at the engine's current time (async continuations included), until none is. */
    void runDueJobs(String rootInstanceId) {
        for (int round = 0; round < 100; round++) {
            Date now = org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime();
            List<Job> due = jobs(rootInstanceId).stream()
                    .filter(job -> job.getDuedate() == null || !job.getDuedate().after(now)).toList();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(this::execute);
        }
        throw new AssertionError("jobs keep coming due");
    }

    /** Submits the task's form as Tasklist does, after checking that its Camunda Form is deployed under its id. */
    void submit(Task task, Map<String, Object> variables) {
        assertFormDeployed(task);
        formService.submitTaskForm(task.getId(), variables);
    }

    void assertFormDeployed(Task task) {
        String formRef = task.getCamundaFormRef().getKey();
        try (InputStream form = formService.getDeployedTaskForm(task.getId())) {
            String json = new String(form.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(json).as("deployed form of %s", task.getTaskDefinitionKey())
                    .contains("\"id\": \"" + formRef + "\"");
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    VariableMap formVariables(Task task) {
        return formService.getTaskFormVariables(task.getId());
    }

    Set<String> candidateGroups(Task task) {
        return ProcessTest.candidateGroups(engine, task);
    }

    /**
     * Works every open task of the tree with plausible answers (each report accepted at the first review) and
     * fires every timer, whatever its date, until the instance has ended.
     */
    void runToEnd(String rootInstanceId) {
        runToEnd(rootInstanceId, this::plausibleAnswers);
    }

    /** As {@link #runToEnd(String)}, with the given answers; a task whose answers are null is left open. */
    void runToEnd(String rootInstanceId, Function<Task, Map<String, Object>> answers) {
        for (int round = 0; round < 500; round++) {
            if (runtimeService.createProcessInstanceQuery().processInstanceId(rootInstanceId).count() == 0) {
                return;
            }
            List<Job> jobs = jobs(rootInstanceId);
            if (!jobs.isEmpty()) {
                execute(jobs.get(0));
                continue;
            }
            Task next = null;
            Map<String, Object> answer = null;
            for (Task task : tasks(rootInstanceId)) {
                answer = answers.apply(task);
                if (answer != null) {
                    next = task;
                    break;
                }
            }
            if (next == null) {
                throw new AssertionError("instance " + rootInstanceId + " waits for neither a task nor a job");
            }
            submit(next, answer);
        }
        throw new AssertionError("instance " + rootInstanceId + " did not end");
    }

    Object variable(Task task, String name) {
        return taskService.getVariable(task.getId(), name);
    }

    /** What staff plausibly enter in each task's form. */
    Map<String, Object> plausibleAnswers(Task task) {
        return switch (task.getTaskDefinitionKey()) {
            case "assignResponsibleOfficer" -> Map.of("responsibleOfficer", variable(task, "leadUnit") + ".officer",
                    "milestones",
                    "30/11: hoàn thành kế hoạch chi tiết", "note", "");
            case "draftProgressReport" -> Map.of("doneWork", "Đã triển khai", "checklistStatus", "Đạt",
                    "evidenceLinks", "https://phoyen.thainguyen.gov.vn/bao-cao");
            case "contributeToReport" -> Map.of("contribution", "Đã phối hợp", "evidenceLinks", "");
            case "answerRequest" -> Map.of("reply", "Đã hướng dẫn, phối hợp theo đề nghị");
            case "consolidateReport", "reviseReport" -> Map.of("doneWork", "Đã triển khai, đã tổng hợp");
            case "reviewReport" -> Map.of("decision", "accepted");
            case "selfAssessYear" -> Map.of("selfAssessment", "done", "reasons", "Hoàn thành các mốc");
            case "scoreYearResult" -> Map.of("score", 90, "assessmentComment", "Tốt");
            case "followUpOverdueWork" -> Map.of("actionTaken", "Đã gọi điện đôn đốc");
            case "recordPublication" -> Map.of("publishedWhere", "tru-so-ubnd", "publishedOn", "2025-09-20");
            case "recordElection" -> Map.of("electionDate", "2025-10-05", "votersInvited", 320, "votersAttended", 290,
                    "candidates", 2, "secretBallot", true, "electedName", "Nguyễn Văn Bình");
            case "recognizeElection" -> Map.of("recognitionNumber", "125/QĐ-UBND", "recognizedOn", "2025-10-06");
            case "publishElectionResult" -> Map.of("resultsPublishedOn", "2025-10-07", "resultsPublishedWhere",
                    "nha-van-hoa");
            case "planDialogue" -> Map.of("conferenceDate", "2025-11-20", "place", "Hội trường UBND phường",
                    "format", "truc-tiep", "chair", "Chủ tịch UBND phường", "coChair", "Phó Chủ tịch HĐND phường",
                    "frontRepresentative", "Chủ tịch Ủy ban MTTQ phường");
            case "gatherIssues" -> Map.of("groupIssues", withEach(List.of(Map.of()),
                    Map.of("content", "Đường ngõ xuống cấp")));
            case "assignIssues" -> Map.of("issues", withEach(variable(task, "issues"), Map.of("unit", "kthtdt")));
            case "prepareAnswers" -> Map.of("unitIssues", withEach(variable(task, "unitIssues"),
                    Map.of("preparedAnswer", "Đã có kế hoạch sửa")));
            case "announceDialogue" -> Map.of("noticedOn", "2025-11-10",
                    "noticeChannels", new ArrayList<>(List.of("tru-so-ubnd")));
            case "recordDialogue" -> Map.of("issues", withEach(variable(task, "issues"),
                    Map.of("answer", "Sửa trong quý IV")), "commitments", withEach(List.of(Map.of()),
                    Map.of("unit", "kthtdt", "content", "Sửa đường ngõ", "deadline", "2025-12-31")));
            case "publishDialogueResults" -> Map.of("resultsPublishedOn", "2025-11-25",
                    "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd")));
            case "fulfilCommitment" -> Map.of("commitmentDoneOn", "2025-12-20", "commitmentResult", "Đã sửa xong");
            default -> throw new AssertionError("no answers for task " + task.getTaskDefinitionKey());
        };
    }

    /** The rows of a list the form shows (a dialogue's issues, say), each with the given fields filled in. */
    private static ArrayList<Map<String, Object>> withEach(Object rows, Map<String, Object> fields) {
        ArrayList<Map<String, Object>> filled = new ArrayList<>();
        for (Object row : (List<?>) rows) {
            Map<String, Object> copy = new java.util.LinkedHashMap<>();
            ((Map<?, ?>) row).forEach((key, value) -> copy.put((String) key, value));
            copy.putAll(fields);
            filled.add(copy);
        }
        return filled;
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }

    static Date startOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 0, 0));
    }
}
