package vn.phoyen.workflow.publication;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Vietnamese names of the ways an item is published, read from the form the office fills in
 * ({@code plan-publication-record}, field {@code publishedWhere}), so the feed says what the office chose.
 */
@Component
class PublicationPlaces {

    static final String FORM = "processes/forms/plan-publication-record.form";

    private final Map<String, String> labels = new LinkedHashMap<>();

    PublicationPlaces(ObjectMapper json) {
        try (InputStream form = new ClassPathResource(FORM).getInputStream()) {
            for (JsonNode component : json.readTree(form).path("components")) {
                if ("publishedWhere".equals(component.path("key").asText())) {
                    component.path("values").forEach(value -> labels.put(value.path("value").asText(),
                            value.path("label").asText()));
                }
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Không đọc được biểu mẫu " + FORM, unreadable);
        }
        if (labels.isEmpty()) {
            throw new IllegalStateException("Biểu mẫu " + FORM + " không có danh sách publishedWhere");
        }
    }

    /** The chosen way; for "other", what the office wrote. */
    String label(String code, String other) {
        if ("khac".equals(code) && !other.isBlank()) {
            return other;
        }
        return labels.getOrDefault(code, code);
    }
}
