package vn.phoyen.workflow.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Every model in processes/ passes bpmnlint's recommended rules and the house rules of {@link ModelRules}. */
class ProcessModelsTest {

    private static final Path MODELS = Path.of("processes");
    private static final Path FIXTURES = Path.of("src/test/resources/model-fixtures");

    @Test
    void everyModelKeepsTheHouseRules() throws IOException {
        assertThat(houseRuleViolations(MODELS)).isEmpty();
    }

    @Test
    void theHouseRulesCatchAModelWithoutDiagramFormGroupDueDateOrNameOrWithAVariableInADescription() throws IOException {
        assertThat(houseRuleViolations(FIXTURES)).anySatisfy(problem -> assertThat(problem).contains("không có sơ đồ"))
                .anySatisfy(problem -> assertThat(problem).contains("thiếu biểu mẫu"))
                .anySatisfy(problem -> assertThat(problem).contains("thiếu nhóm xử lý"))
                .anySatisfy(problem -> assertThat(problem).contains("thiếu hạn xử lý"))
                .anySatisfy(problem -> assertThat(problem).contains("thiếu historyTimeToLive"))
                .anySatisfy(problem -> assertThat(problem).contains("phải chạy được và có tên"))
                .anySatisfy(problem -> assertThat(problem).contains("có từ của người lập trình: 'workResult'"));
    }

    @Test
    void everyProcessAPersonStartsHasAStartForm() throws IOException {
        Set<String> startedByPeople = startedByPeople();
        assertThat(startedByPeople).contains("complaint", "denunciation", "citizen-reception", "feedback", "dialogue",
                "ward-report");
        Set<String> formIds = formIds(MODELS);
        List<String> problems = new ArrayList<>();
        Set<String> modelled = new HashSet<>();
        for (Path model : files(MODELS, ".bpmn")) {
            BpmnModelInstance instance = Bpmn.readModelFromFile(model.toFile());
            instance.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Process.class)
                    .forEach(process -> modelled.add(process.getId()));
            problems.addAll(ModelRules.startFormViolations(model.toString(), instance, formIds, startedByPeople));
        }
        assertThat(modelled).containsAll(startedByPeople);
        assertThat(problems).isEmpty();
    }

    @Test
    void theHouseRulesCatchAProcessAPersonStartsWithoutAStartForm() {
        BpmnModelInstance generic = Bpmn.createExecutableProcess("complaint").name("Khiếu nại").startEvent("received")
                .name("Nhận đơn").endEvent("closed").name("Xong").done();
        BpmnModelInstance unknownForm = Bpmn.createExecutableProcess("complaint").name("Khiếu nại").startEvent("received")
                .name("Nhận đơn").camundaFormRef("no-such-form").camundaFormRefBinding("latest").endEvent().done();
        BpmnModelInstance deployedVersion = Bpmn.createExecutableProcess("complaint").name("Khiếu nại")
                .startEvent("received").name("Nhận đơn").camundaFormRef("complaint-start")
                .camundaFormRefBinding("deployment").endEvent().done();

        assertThat(ModelRules.startFormViolations("a.bpmn", generic, Set.of("complaint-start"), Set.of("complaint")))
                .singleElement().asString().contains("thiếu biểu mẫu khởi động");
        assertThat(ModelRules.startFormViolations("a.bpmn", unknownForm, Set.of("complaint-start"), Set.of("complaint")))
                .singleElement().asString().contains("'no-such-form' không có");
        assertThat(ModelRules.startFormViolations("a.bpmn", deployedVersion, Set.of("complaint-start"),
                Set.of("complaint"))).singleElement().asString().contains("bản mới nhất");
        // a process only the system starts (the plan's) needs none, but stays out of Tasklist's start menu
        assertThat(ModelRules.startFormViolations("a.bpmn", generic, Set.of(), Set.of("plan-unit-work")))
                .singleElement().asString().contains("isStartableInTasklist");
        BpmnModelInstance called = Bpmn.createExecutableProcess("plan-unit-work").camundaStartableInTasklist(false)
                .startEvent().endEvent().done();
        assertThat(ModelRules.startFormViolations("a.bpmn", called, Set.of(), Set.of("complaint"))).isEmpty();
    }

    @Test
    void theGlueRulesCatchAStepDoneInAnExpression() {
        BpmnModelInstance serviceTask = Bpmn.createExecutableProcess("feedback").startEvent().serviceTask("publish")
                .camundaExpression("${feedbackSteps.publish(execution)}").endEvent().done();
        BpmnModelInstance taskListener = Bpmn.createExecutableProcess("feedback").startEvent().userTask("contribute")
                .camundaTaskListenerExpression("complete", "${planWork.collect(task, 'contributions', 'unit')}")
                .endEvent().done();
        BpmnModelInstance settingListener = Bpmn.createExecutableProcess("complaint").startEvent().endEvent("refused")
                .camundaExecutionListenerExpression("start", "${execution.setVariable('outcome', 'refused')}").done();
        BpmnModelInstance removingListener = Bpmn.createExecutableProcess("report").startEvent().userTask("edit")
                .camundaExecutionListenerExpression("end", "${execution.removeVariable('decision')}").endEvent().done();
        BpmnModelInstance classDelegate = Bpmn.createExecutableProcess("report").startEvent().serviceTask("issue")
                .camundaClass("vn.phoyen.workflow.report.Issue").endEvent().done();

        assertThat(ModelRules.glueViolations("a.bpmn", serviceTask)).singleElement().asString()
                .contains("a.bpmn: serviceTask publish", "gọi phương thức với execution hoặc task");
        assertThat(ModelRules.glueViolations("a.bpmn", taskListener)).singleElement().asString()
                .contains("userTask contribute (task listener 'complete')", "gọi phương thức với execution hoặc task");
        assertThat(ModelRules.glueViolations("a.bpmn", settingListener)).singleElement().asString()
                .contains("endEvent refused (execution listener 'start')", "đặt hoặc xoá biến");
        assertThat(ModelRules.glueViolations("a.bpmn", removingListener)).singleElement().asString()
                .contains("userTask edit", "đặt hoặc xoá biến");
        assertThat(ModelRules.glueViolations("a.bpmn", classDelegate)).singleElement().asString()
                .contains("serviceTask issue", "camunda:class 'vn.phoyen.workflow.report.Issue'");
    }

    @Test
    void theGlueRulesLetExpressionsRead() {
        BpmnModelInstance reading = Bpmn.createExecutableProcess("complaint").startEvent().serviceTask("deadline")
                .camundaExpression("${complaintDeadlines.resolutionDue(resolutionPeriodCode, acceptedOn)}")
                .camundaResultVariable("resolutionDueDate").userTask("decide")
                .camundaExecutionListenerDelegateExpression("end", "${complaintAnswerCheck}")
                .camundaCandidateGroups("${organization.group('case-office')}").endEvent().done();

        assertThat(ModelRules.glueViolations("a.bpmn", reading)).isEmpty();
        assertThat(ModelRules.candidateGroupViolations("a.bpmn", reading)).isEmpty();
    }

    @Test
    void theVocabularyRuleCatchesAUnitIdWrittenIntoACandidateGroup() {
        BpmnModelInstance literal = Bpmn.createExecutableProcess("complaint").startEvent().userTask("decideAcceptance")
                .camundaCandidateGroups("vp").endEvent().done();

        assertThat(ModelRules.candidateGroupViolations("processes/cases/complaint.bpmn", literal)).singleElement()
                .asString().contains("processes/cases/complaint.bpmn: decideAcceptance", "'vp'", "mã đơn vị viết cứng");
    }

    @Test
    void theFreshFieldsRuleCatchesAMappingThatOnlyEmptiesFormFields() {
        BpmnModelInstance emptying = Bpmn.createExecutableProcess("feedback").startEvent().userTask("approveAnswer")
                .camundaInputParameter("approvalDecision", "").camundaOutputParameter("approvalDecision",
                        "${approvalDecision}").endEvent().done();
        BpmnModelInstance computing = Bpmn.createExecutableProcess("feedback").startEvent().userTask("assignOfficer")
                .camundaInputParameter("noticeSubject", "Thông báo").camundaInputParameter("noticeDate", "")
                .camundaOutputParameter("noticeDate", "${noticeDate}").endEvent().done();

        assertThat(ModelRules.freshFieldViolations("processes/cases/feedback.bpmn", emptying)).singleElement()
                .asString().contains("feedback.bpmn: approveAnswer", "[approvalDecision]",
                        "freshFields=\"approvalDecision\"");
        assertThat(ModelRules.freshFieldViolations("processes/cases/feedback.bpmn", computing)).isEmpty();
    }

    @Test
    void everyStepACaseComesBackToOpensWithItsDecisionEmpty() throws IOException {
        Map<String, Set<String>> decisionsByForm = decisionsByForm(MODELS);
        assertThat(decisionsByForm).containsEntry("feedback-approval", Set.of("approvalDecision"));
        List<String> problems = new ArrayList<>();
        for (Path model : files(MODELS, ".bpmn")) {
            problems.addAll(ModelRules.returningDecisionViolations(model.toString(),
                    Bpmn.readModelFromFile(model.toFile()), decisionsByForm));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theReturningDecisionRuleCatchesAnApprovalThatOpensWithTheLastRoundsChoice() {
        Map<String, Set<String>> decisionsByForm = Map.of("approval", Set.of("approvalDecision"));
        BpmnModelInstance returning = Bpmn.createExecutableProcess("report").startEvent().exclusiveGateway("draftJoin")
                .userTask("draft").userTask("approve").camundaFormRef("approval").exclusiveGateway("approved")
                .condition("trả lại", "${approvalDecision == 'return'}").connectTo("draftJoin")
                .moveToNode("approved").condition("duyệt", "${approvalDecision == 'approve'}").endEvent().done();
        BpmnModelInstance once = Bpmn.createExecutableProcess("report").startEvent().userTask("approve")
                .camundaFormRef("approval").endEvent().done();

        assertThat(ModelRules.returningDecisionViolations("report.bpmn", returning, decisionsByForm)).singleElement()
                .asString().contains("report.bpmn: approve", "[approvalDecision]", "freshFields");
        assertThat(ModelRules.returningDecisionViolations("report.bpmn", once, decisionsByForm)).isEmpty();
        CamundaProperty fresh = returning.newInstance(CamundaProperty.class);
        fresh.setCamundaName("freshFields");
        fresh.setCamundaValue("approvalDecision, returnReason");
        CamundaProperties properties = returning.newInstance(CamundaProperties.class);
        properties.getCamundaProperties().add(fresh);
        returning.<UserTask>getModelElementById("approve").builder().addExtensionElement(properties);
        assertThat(ModelRules.returningDecisionViolations("report.bpmn", returning, decisionsByForm)).isEmpty();
    }

    /** The keys people start from Tasklist: every process of {@code ward.organization.case-intake}. */
    private static Set<String> startedByPeople() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("application",
                new ClassPathResource("application.yaml"))) {
            if (source instanceof EnumerablePropertySource<?> properties) {
                for (String name : properties.getPropertyNames()) {
                    if (name.startsWith("ward.organization.case-intake.")) {
                        keys.add(String.valueOf(properties.getProperty(name)));
                    }
                }
            }
        }
        return keys;
    }

    @Test
    void everyModelPassesBpmnlintRecommendedRules() throws Exception {
        List<Path> models = files(MODELS, ".bpmn");
        assumeTrue(!models.isEmpty(), "no models in processes/ yet");
        Path bpmnlint = bpmnlint();
        List<String> command = new ArrayList<>(List.of(bpmnlint.toString()));
        models.forEach(model -> command.add(model.toString()));

        Process lint = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(lint.exitValue()).as(output).isZero();
    }

    /** bpmnlint from npm (package.json); installed on first use where npm exists, otherwise the test says why it skips. */
    private static Path bpmnlint() throws Exception {
        Path bin = Path.of("node_modules/.bin/bpmnlint");
        if (!Files.isExecutable(bin)) {
            assumeTrue(onPath("npm"), "bpmnlint needs Node.js and npm (apt-get install nodejs npm); not found, lint skipped");
            // no inherited streams: npm would make the test JVM's stdin non-blocking and break Surefire's channel
            Process install = new ProcessBuilder("npm", "install").redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String output = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(install.waitFor(300, TimeUnit.SECONDS)).isTrue();
            assertThat(install.exitValue()).as("npm install: " + output).isZero();
        }
        return bin;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static Set<String> formIds(Path directory) throws IOException {
        Set<String> formIds = new HashSet<>();
        for (Path form : files(directory, ".form")) {
            formIds.add(new ObjectMapper().readTree(form.toFile()).path("id").asText());
        }
        return formIds;
    }

    /** Each form's top-level selects whose key ends in "decision" (a dynamic list's rows are not the step's). */
    private static Map<String, Set<String>> decisionsByForm(Path directory) throws IOException {
        Map<String, Set<String>> decisions = new HashMap<>();
        for (Path form : files(directory, ".form")) {
            JsonNode root = new ObjectMapper().readTree(form.toFile());
            Set<String> keys = new HashSet<>();
            collectDecisions(root, keys);
            decisions.put(root.path("id").asText(), keys);
        }
        return decisions;
    }

    private static void collectDecisions(JsonNode container, Set<String> keys) {
        for (JsonNode component : container.path("components")) {
            String key = component.path("key").asText();
            if ("select".equals(component.path("type").asText()) && key.toLowerCase(Locale.ROOT).endsWith("decision")) {
                keys.add(key);
            }
            if (!"dynamiclist".equals(component.path("type").asText())) {
                collectDecisions(component, keys);
            }
        }
    }

    private static List<String> houseRuleViolations(Path directory) throws IOException {
        Set<String> formIds = formIds(directory);
        List<String> problems = new ArrayList<>();
        for (Path model : files(directory, ".bpmn")) {
            problems.addAll(ModelRules.violations(model.toString(), Bpmn.readModelFromFile(model.toFile()), formIds));
        }
        return problems;
    }

    private static List<Path> files(Path directory, String extension) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(file -> file.toString().endsWith(extension)).sorted().toList();
        }
    }
}
