package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plan's models are all there, and the rules every form in processes/ keeps: named after its file, the schema
 * Tasklist bundles, used by a task, every field labelled, dates as date pickers (the models' own rules are
 * {@code models.ProcessModelsTest}).
 */
class PlanModelFilesTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path PLAN_MODELS = MODELS.resolve("plan");
    private static final Path FORMS = Path.of("processes", "forms");
    /** The schema version of the form-js bundled with Tasklist 7.24. */
    private static final int FORM_SCHEMA_VERSION = 16;

    /** By file name; file names are process keys, unique across the folders. */
    private static final Map<String, BpmnModelInstance> models = new HashMap<>();
    private static final Set<String> planModelFiles = new HashSet<>();
    private static final Map<String, JsonNode> forms = new HashMap<>();

    @BeforeAll
    static void readFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MODELS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".bpmn")).toList()) {
                models.put(file.getFileName().toString(), Bpmn.readModelFromFile(file.toFile()));
                if (file.startsWith(PLAN_MODELS)) {
                    planModelFiles.add(file.getFileName().toString());
                }
            }
        }
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".form")).toList()) {
                forms.put(file.getFileName().toString(), json.readTree(file.toFile()));
            }
        }
    }

    @Test
    void theSharedStepsTheOneTaskModelAndTheDialogueAreModelled() {
        List<String> keys = new ArrayList<>();
        planModelFiles.forEach(file -> models.get(file).getModelElementsByType(Process.class)
                .forEach(process -> keys.add(process.getId())));
        List<String> expected = new ArrayList<>(List.of("plan-assignment", "plan-reporting-cycle", "plan-escalation",
                "plan-year-end-evaluation", "plan-unit-work", "plan-task", "plan-group-election", "plan-year-close",
                "plan-next-year", "dialogue",
                "dialogue-commitment"));
        assertThat(keys).containsExactlyInAnyOrderElementsOf(expected);
        models.forEach((file, model) -> assertThat(file)
                .isEqualTo(model.getModelElementsByType(Process.class).iterator().next().getId() + ".bpmn"));
    }

    @Test
    void everyFormIsNamedAfterItsFileUsesTheBundledSchemaAndIsUsed() {
        Set<String> used = new HashSet<>();
        models.values().forEach(model -> model.getModelElementsByType(UserTask.class)
                .forEach(task -> used.add(task.getCamundaFormRef() + ".form")));
        // start forms of the processes people start from Tasklist
        models.values().forEach(model -> model.getModelElementsByType(StartEvent.class).stream()
                .filter(start -> start.getCamundaFormRef() != null)
                .forEach(start -> used.add(start.getCamundaFormRef() + ".form")));
        forms.forEach((file, form) -> {
            assertThat(form.path("id").asText() + ".form").isEqualTo(file);
            assertThat(form.path("schemaVersion").asInt()).as(file).isEqualTo(FORM_SCHEMA_VERSION);
            assertThat(form.path("type").asText()).as(file).isEqualTo("default");
        });
        assertThat(used).containsExactlyInAnyOrderElementsOf(forms.keySet());
    }

    @Test
    void everyFormFieldIsLabelledAndDatesAreDatePickers() {
        forms.forEach((file, form) -> {
            Set<String> ids = new HashSet<>();
            for (JsonNode component : form.path("components")) {
                String where = file + "#" + component.path("id").asText();
                assertThat(ids.add(component.path("id").asText())).as("unique id " + where).isTrue();
                if (!component.has("key")) {
                    continue;
                }
                String type = component.path("type").asText();
                String label = type.equals("datetime") ? component.path("dateLabel").asText()
                        : component.path("label").asText();
                assertThat(label).as(where).isNotBlank();
                if (type.equals("datetime")) {
                    assertThat(component.path("subtype").asText()).as(where).isEqualTo("date");
                }
                if (component.path("key").asText().matches(".*(Date|On)$")) {
                    assertThat(type).as(where).isEqualTo("datetime");
                }
            }
        });
    }

    @Test
    void choicesAreSelectsWithTheirVietnameseLabels() {
        JsonNode selfAssessment = component("plan-self-assessment.form", "selfAssessment");
        assertThat(selfAssessment.path("type").asText()).isEqualTo("select");
        assertThat(selfAssessment.path("validate").path("required").asBoolean()).isTrue();
        Map<String, String> labels = new HashMap<>();
        selfAssessment.path("values").forEach(value -> labels.put(value.path("value").asText(),
                value.path("label").asText()));
        assertThat(labels).containsExactlyInAnyOrderEntriesOf(Map.of("done", "Hoàn thành",
                "partly", "Hoàn thành một phần", "not-done", "Chưa hoàn thành"));

        JsonNode officer = component("plan-assignment.form", "responsibleOfficer");
        assertThat(officer.path("valuesKey").asText()).isEqualTo("unitStaff");
        assertThat(officer.path("validate").path("required").asBoolean()).isTrue();

        JsonNode decision = component("plan-report-review.form", "decision");
        assertThat(decision.path("values").findValuesAsText("value")).containsExactly("accepted", "returned");
        JsonNode returnReason = component("plan-report-review.form", "returnReason");
        assertThat(returnReason.path("validate").path("required").asBoolean()).isTrue();
        assertThat(returnReason.path("conditional").path("hide").asText()).isEqualTo("=decision != \"returned\"");
        assertThat(component("plan-report-revision.form", "returnReason").path("readonly").asBoolean()).isTrue();

        JsonNode score = component("plan-scoring.form", "score");
        assertThat(score.path("validate").path("min").asInt()).isZero();
        assertThat(score.path("validate").path("max").asInt()).isEqualTo(100);
        assertThat(component("plan-election-minutes.form", "candidates").path("validate").path("min").asInt())
                .isEqualTo(2);
        assertThat(component("plan-election-minutes.form", "secretBallot").path("validate").path("required")
                .asBoolean()).isTrue();
    }

    private static JsonNode component(String form, String key) {
        for (JsonNode component : forms.get(form).path("components")) {
            if (key.equals(component.path("key").asText())) {
                return component;
            }
        }
        throw new AssertionError(form + " has no field " + key);
    }
}
