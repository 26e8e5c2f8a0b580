package vn.phoyen.workflow.benchmark;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A feedback case as the ward's staff and a resident drive it (demo users): the receiving office (vp.officer) records
 * it at the desk, the head of the lead unit (kthtdt.head, category moi-truong) names an officer, the officer
 * (kthtdt.officer) drafts the answer, the office's head (vp.head) approves, the job executor publishes, and the
 * resident rates the answer on the public API. Each text is new so the duplicate check never asks the office.
 */
final class FeedbackLifecycle implements Lifecycle {

    private static final ZoneId WARD = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] WORDS = {"cống", "rãnh", "đường", "ngõ", "tổ", "rác", "nước", "đèn", "cây", "vỉa",
            "hè", "bụi", "ồn", "khói", "mùi", "hố", "ga", "chợ", "cầu", "kênh", "bãi", "xe", "điện", "sân", "trường",
            "trạm", "bơm", "lở", "ngập", "tắc", "vỡ", "gãy", "đổ", "cháy", "hỏng", "sụt", "lún", "bẩn", "tối", "xả"};

    @Override
    public void run(RestClient client, long number) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("receivedDate", text(LocalDate.now(WARD).toString()));
        variables.put("channel", text("desk"));
        variables.put("category", text("moi-truong"));
        variables.put("title", text("Phản ánh " + words(6)));
        variables.put("content", text("Người dân phản ánh " + words(30) + " số " + number));
        variables.put("senderName", text("Nguyễn Văn An"));
        variables.put("senderContact", text("nguoidan" + number + "@example.vn"));
        JsonNode started = RestClient.expect(client.post("vp.officer",
                "/engine-rest/process-definition/key/feedback/start",
                Map.of("variables", variables, "withVariablesInReturn", true)), "start", 200).json();
        String instance = started.get("id").asText();
        String trackingCode = started.get("variables").get("trackingCode").get("value").asText();

        complete(client, "kthtdt.head", instance, "assignOfficer", true,
                Map.of("assignmentDecision", text("assign"), "answerOfficer", text("kthtdt.officer")));
        complete(client, "kthtdt.officer", instance, "draftAnswer", false,
                Map.of("answer", text("Phường đã kiểm tra và xử lý nội dung phản ánh " + words(20) + ".")));
        complete(client, "vp.head", instance, "approveAnswer", true, Map.of("approvalDecision", text("approve")));
        rate(client, trackingCode);
    }

    /** The approval published the answer in its own transaction: the rating is taken at once. */
    private static void rate(RestClient client, String trackingCode) {
        RestClient.expect(client.post(null, "/api/public/feedback/" + trackingCode + "/rating",
                Map.of("score", 5, "comment", "Cảm ơn phường đã trả lời.")), "rating", 204);
    }

    private static void complete(RestClient client, String user, String instance, String step, boolean claim,
            Map<String, Object> variables) {
        JsonNode tasks = RestClient.expect(client.get(user, "/engine-rest/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + step), step, 200).json();
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " tasks " + step + " of " + instance);
        }
        String task = tasks.get(0).get("id").asText();
        if (claim) {
            RestClient.expect(client.post(user, "/engine-rest/task/" + task + "/claim", Map.of("userId", user)),
                    "claim " + step, 204);
        }
        RestClient.expect(client.post(user, "/engine-rest/task/" + task + "/complete",
                Map.of("variables", variables)), "complete " + step, 204, 200);
    }

    private static Map<String, Object> text(String value) {
        return Map.of("value", value, "type", "String");
    }

    private static String words(int count) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(1000));
        }
        return text.toString();
    }
}
