package vn.phoyen.workflow.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese locale of each Camunda webapp keeps up with the English one shipped in the 7.24 webjar: every
 * key translated, placeholders and markup kept, so an upgrade that adds a key fails here rather than showing
 * English to the ward's staff.
 */
class WebappLocalesTest {

    private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|\\{[a-zA-Z_]+}|%s|<[^>]+>");

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyEnglishKeyHasAVietnameseTextWithTheSamePlaceholders(String app) throws IOException {
        JsonNode english = locale(app, "en").path("labels");
        JsonNode vietnamese = locale(app, "vi").path("labels");

        List<String> problems = new ArrayList<>();
        for (Iterator<String> keys = english.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            if (!vietnamese.has(key)) {
                problems.add(key + " chưa có");
                continue;
            }
            String text = vietnamese.path(key).asText("");
            if (text.isBlank() && !nothingToSay(english.path(key).asText())) {
                problems.add(key + " chưa dịch");
            } else if (!placeholders(text).equals(placeholders(english.path(key).asText()))) {
                problems.add(key + " khác biến/thẻ: " + text);
            }
        }
        vietnamese.fieldNames().forEachRemaining(key -> {
            if (!english.has(key)) {
                problems.add(key + " không có trong bản tiếng Anh");
            }
        });
        assertThat(problems).as(app).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin"})
    void datesHaveVietnameseNamesForEveryPartMomentNeeds(String app) throws IOException {
        JsonNode english = locale(app, "en").path("dateLocales");
        JsonNode vietnamese = locale(app, "vi").path("dateLocales");

        english.fieldNames().forEachRemaining(part -> assertThat(vietnamese.has(part)).as(app + " " + part).isTrue());
        assertThat(vietnamese.path("weekdays").get(1).asText()).isEqualTo("Thứ hai");
        assertThat(vietnamese.path("longDateFormat").path("L").asText()).isEqualTo("DD/MM/YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void vietnameseIsTheDefaultAndEnglishStaysAvailable(String app) throws IOException {
        String config = resource("META-INF/resources/webjars/camunda/app/" + app + "/scripts/config.js");

        assertThat(config).contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'",
                "vendor: 'UBND phường Phổ Yên'");
    }

    /** English keys that are empty or only a plural "s", which Vietnamese does not write. */
    private static boolean nothingToSay(String english) {
        return english.isBlank() || english.equals("s");
    }

    private static List<String> placeholders(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group().replace(" ", ""));
        }
        found.sort(String::compareTo);
        return found;
    }

    private static JsonNode locale(String app, String language) throws IOException {
        return new ObjectMapper().readTree(resource(LOCALES.formatted(app, language)).replace("\uFEFF", ""));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = WebappLocalesTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
