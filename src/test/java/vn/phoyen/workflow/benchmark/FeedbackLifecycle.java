package vn.phoyen.workflow.benchmark;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A feedback case as the ward's staff and a resident drive it (demo users): the receiving office (vp.officer) records
 * it at the desk, the head of the lead unit (kthtdt.head, category moi-truong) names an officer, the officer
 * (kthtdt.officer) drafts the answer, the office's head (vp.head) approves, which publishes the answer, and the
 * resident rates it on the public API. Each text is new so the duplicate check never asks the office. On the bare
 * application (the model beside {@link FeedbackModelStandIns}) the same calls go to its engine, and the rating is the
 * message the ward's public API correlates.
 */
final class FeedbackLifecycle implements Lifecycle {

    private static final ZoneId WARD = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String[] WORDS = {"cống", "rãnh", "đường", "ngõ", "tổ", "rác", "nước", "đèn", "cây", "vỉa",
            "hè", "bụi", "ồn", "khói", "mùi", "hố", "ga", "chợ", "cầu", "kênh", "bãi", "xe", "điện", "sân", "trường",
            "trạm", "bơm", "lở", "ngập", "tắc", "vỡ", "gãy", "đổ", "cháy", "hỏng", "sụt", "lún", "bẩn", "tối", "xả"};

    private final String rest;
    private final boolean bareEngine;
    private final int extraVariables;

    /** {@code extraVariables}: text variables started with each case beyond the contract's, to weigh their cost. */
    FeedbackLifecycle(int extraVariables) {
        this("/engine-rest", false, extraVariables);
    }

    private FeedbackLifecycle(String rest, boolean bareEngine, int extraVariables) {
        this.rest = rest;
        this.bareEngine = bareEngine;
        this.extraVariables = extraVariables;
    }

    /** The feedback model on the bare application, whose engine REST answers at {@code rest}. */
    static FeedbackLifecycle onBareEngine(String rest) {
        return new FeedbackLifecycle(rest, true, 0);
    }

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
        for (int extra = 1; extra <= extraVariables; extra++) {
            variables.put("extra" + extra, text("Giá trị thêm " + extra + " " + words(4)));
        }
        JsonNode started = RestClient.expect(client.post("vp.officer",
                rest + "/process-definition/key/feedback/start",
                Map.of("variables", variables, "withVariablesInReturn", true)), "start", 200).json();
        String instance = started.get("id").asText();
        String trackingCode = started.get("variables").get("trackingCode").get("value").asText();

        complete(client, "kthtdt.head", instance, "assignOfficer", true,
                Map.of("assignmentDecision", text("assign"), "answerOfficer", text("kthtdt.officer")));
        complete(client, "kthtdt.officer", instance, "draftAnswer", false,
                Map.of("answer", text("Phường đã kiểm tra và xử lý nội dung phản ánh " + words(20) + ".")));
        complete(client, "vp.head", instance, "approveAnswer", true, Map.of("approvalDecision", text("approve")));
        if (bareEngine) {
            RestClient.expect(client.post(null, rest + "/message", Map.of("messageName", "feedbackRated",
                    "processInstanceId", instance, "processVariables", Map.of(
                            "ratingScore", Map.of("value", 5, "type", "Integer"),
                            "ratingComment", text("Cảm ơn phường đã trả lời.")))), "rating", 204);
        } else {
            rate(client, trackingCode);
        }
    }

    /**
     * Open cases of the lifecycle's category, as the read model keeps them (rows of {@code ward_feedback} only), with
     * fingerprints of the length the lifecycle's texts give and none alike enough to flag a new case.
     */
    static void openBacklog(BenchmarkServer server, int cases) throws SQLException {
        LocalDate today = LocalDate.now(WARD);
        try (Connection connection = server.connect("ward"); PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO ward_feedback (tracking_code, case_number, process_instance_id, category, title, "
                        + "fingerprint, sender_name, sender_contact, lead_unit, received_date, due_date, status) "
                        + "VALUES (?, ?, ?, 'moi-truong', ?, ?, 'Nguyễn Văn An', ?, 'kthtdt', ?, ?, ?)")) {
            for (int n = 1; n <= cases; n++) {
                insert.setString(1, "TON%08d".formatted(n));
                insert.setString(2, "PA-TON-%06d".formatted(n));
                insert.setString(3, "backlog-" + n);
                insert.setString(4, "Phản ánh " + words(6));
                insert.setString(5, fingerprint(n));
                insert.setString(6, "nguoidan" + n + "@example.vn");
                insert.setDate(7, Date.valueOf(today.minusDays(n % 14)));
                insert.setDate(8, Date.valueOf(today.plusDays(14 - n % 14)));
                insert.setString(9, n % 2 == 0 ? "received" : "in-progress");
                insert.addBatch();
                if (n % 1000 == 0 || n == cases) {
                    insert.executeBatch();
                }
            }
        }
    }

    /**
     * A fingerprint as the duplicate check keeps one, of a text made like the lifecycle's: about 40 distinct words
     * (here plain ones: only their number and order matter to the check), sorted, joined by spaces.
     */
    private static String fingerprint(int number) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        Set<String> words = new TreeSet<>(Set.of("anh", "dan", "nguoi", "phan", "so", String.valueOf(number)));
        for (int i = 0; i < 36; i++) {
            words.add("tu" + random.nextInt(WORDS.length) + "so" + random.nextInt(1000));
        }
        return String.join(" ", words);
    }

    /** The approval published the answer in its own transaction: the rating is taken at once. */
    private static void rate(RestClient client, String trackingCode) {
        RestClient.expect(client.post(null, "/api/public/feedback/" + trackingCode + "/rating",
                Map.of("score", 5, "comment", "Cảm ơn phường đã trả lời.")), "rating", 204);
    }

    private void complete(RestClient client, String user, String instance, String step, boolean claim,
            Map<String, Object> variables) {
        JsonNode tasks = RestClient.expect(client.get(user, rest + "/task?processInstanceId=" + instance
                + "&taskDefinitionKey=" + step), step, 200).json();
        if (tasks.size() != 1) {
            throw new IllegalStateException(user + " sees " + tasks.size() + " tasks " + step + " of " + instance);
        }
        String task = tasks.get(0).get("id").asText();
        if (claim) {
            RestClient.expect(client.post(user, rest + "/task/" + task + "/claim", Map.of("userId", user)),
                    "claim " + step, 204);
        }
        RestClient.expect(client.post(user, rest + "/task/" + task + "/complete",
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
