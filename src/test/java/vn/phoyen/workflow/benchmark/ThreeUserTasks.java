package vn.phoyen.workflow.benchmark;

import java.util.Map;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The yardstick process: three user tasks in a row, nothing else. A lifecycle starts it and, for each task, finds it,
 * claims it and completes it, as a person in Tasklist would.
 */
final class ThreeUserTasks implements Lifecycle {

    static final String KEY = "benchmarkThreeTasks";

    private final String rest;
    private final String user;

    /**
     * @param rest the engine's REST root, e.g. {@code /engine-rest} or {@code /engine-rest/engine/bare}
     * @param user who drives it (the bare application checks no one; on the ward's system an administrator)
     */
    ThreeUserTasks(String rest, String user) {
        this.rest = rest;
        this.user = user;
    }

    static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(KEY).name("Ba bước").camundaHistoryTimeToLive(180)
                .startEvent("started").name("Bắt đầu")
                .userTask("first").name("Bước 1")
                .userTask("second").name("Bước 2")
                .userTask("third").name("Bước 3")
                .endEvent("ended").name("Kết thúc").done();
    }

    @Override
    public void run(RestClient client, long number) {
        String instance = RestClient.expect(client.post(user, rest + "/process-definition/key/" + KEY + "/start",
                Map.of("businessKey", "B-" + number)), "start", 200).json().get("id").asText();
        for (int step = 0; step < 3; step++) {
            JsonNode tasks = RestClient.expect(client.get(user, rest + "/task?processInstanceId=" + instance),
                    "tasks", 200).json();
            if (tasks.size() != 1) {
                throw new IllegalStateException("expected one task of " + instance + ", got " + tasks);
            }
            String task = tasks.get(0).get("id").asText();
            RestClient.expect(client.post(user, rest + "/task/" + task + "/claim", Map.of("userId", user)),
                    "claim", 204);
            RestClient.expect(client.post(user, rest + "/task/" + task + "/complete", Map.of()), "complete", 204,
                    200);
        }
    }
}
