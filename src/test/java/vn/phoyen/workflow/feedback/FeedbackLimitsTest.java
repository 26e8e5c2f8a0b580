package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The limits of a feedback case are defined once, in Java ({@link ResidentFeedback}, {@link FeedbackAnswers}); the
 * Camunda Forms and the residents' page, which cannot refer to them, say the same, so that nobody types what the
 * server then refuses.
 */
class FeedbackLimitsTest {

    private static final Path FORMS = Path.of("processes/forms");
    private static final Path RESIDENTS_PAGE = Path.of("src/main/resources/static");

    @Test
    void theStartFormLimitsAreTheCasesLimits() throws IOException {
        assertThat(maxLengths("feedback-start.form")).containsEntry("title", ResidentFeedback.TITLE_LENGTH)
                .containsEntry("content", ResidentFeedback.CONTENT_LENGTH)
                .containsEntry("senderName", ResidentFeedback.SENDER_LENGTH)
                .containsEntry("senderContact", ResidentFeedback.SENDER_LENGTH);
    }

    @Test
    void theTaskFormLimitsAreTheAnswerChecksLimits() throws IOException {
        assertThat(maxLengths("feedback-answer.form")).containsEntry("answer", FeedbackAnswers.ANSWER_LENGTH)
                .containsEntry("senderReply", FeedbackAnswers.ANSWER_LENGTH);
        assertThat(maxLengths("feedback-triage.form")).containsEntry("triageNotice", FeedbackAnswers.NOTICE_LENGTH);
    }

    @Test
    void theResidentsPageCountsToTheSameLimits() throws IOException {
        Map<String, Integer> limits = Map.of("senderName", ResidentFeedback.SENDER_LENGTH,
                "senderContact", ResidentFeedback.SENDER_LENGTH, "title", ResidentFeedback.TITLE_LENGTH,
                "content", ResidentFeedback.CONTENT_LENGTH, "addition", ResidentFeedback.CONTENT_LENGTH,
                "comment", ResidentFeedback.COMMENT_LENGTH);

        String page = Files.readString(RESIDENTS_PAGE.resolve("index.html"));
        limits.forEach((field, limit) -> assertThat(page).as(field)
                .containsPattern("id=\"" + field + "\"[^>]*maxlength=\"" + limit + "\""));
        assertThat(page).contains("0/" + ResidentFeedback.COMMENT_LENGTH + " ký tự");

        Matcher script = Pattern.compile("var LIMITS = \\{([^}]*)}")
                .matcher(Files.readString(RESIDENTS_PAGE.resolve("assets/residents.js")));
        assertThat(script.find()).isTrue();
        Map<String, Integer> scripted = new LinkedHashMap<>();
        Matcher entry = Pattern.compile("(\\w+): (\\d+)").matcher(script.group(1));
        while (entry.find()) {
            scripted.put(entry.group(1), Integer.valueOf(entry.group(2)));
        }
        assertThat(scripted).isEqualTo(limits);
    }

    @Test
    void theResidentsPageAsksForPagesTheApiGives() throws IOException {
        Matcher pageSize = Pattern.compile("var PAGE_SIZE = (\\d+);")
                .matcher(Files.readString(RESIDENTS_PAGE.resolve("assets/residents.js")));
        assertThat(pageSize.find()).isTrue();
        assertThat(Integer.parseInt(pageSize.group(1))).isBetween(1, ResidentFeedback.MAX_PAGE_SIZE);
    }

    /** Every field of the form with a length limit, by key. */
    private static Map<String, Integer> maxLengths(String form) throws IOException {
        Map<String, Integer> limits = new LinkedHashMap<>();
        collect(new ObjectMapper().readTree(FORMS.resolve(form).toFile()).path("components"), limits);
        return limits;
    }

    private static void collect(JsonNode components, Map<String, Integer> limits) {
        for (JsonNode component : components) {
            if (component.path("validate").has("maxLength")) {
                limits.put(component.path("key").asText(), component.path("validate").path("maxLength").asInt());
            }
            collect(component.path("components"), limits);
        }
    }
}
