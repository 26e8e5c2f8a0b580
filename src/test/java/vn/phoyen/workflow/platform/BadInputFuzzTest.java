package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.TestContextManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;
import vn.phoyen.workflow.EngineTest;

/**
 * Bad input from anyone, fuzzed (issue 16, item 3): the residents' API, the staff APIs that take input and Camunda's
 * REST start (every process startable in Tasklist) and task completion get malformed JSON, wrong types, huge and
 * control-character strings, impossible dates, unknown codes and script payloads. Never a 5xx; a refusal is a 4xx
 * naming the field at fault and leaves no instance or row behind; a payload that is acceptable text is stored as given,
 * never evaluated (an expression comes back verbatim).
 * <p>
 * jqwik runs these properties as its own JUnit Platform engine beside Jupiter; the Spring context is the engine tests'
 * own ({@link EngineTest}), taken from Spring's context cache, so the suite starts no second application. The
 * residents' API is called through the application's MVC dispatcher without the servlet filters: its rate limits
 * (5 submissions per 10 minutes) would otherwise refuse the fuzz, not the input; they and the body cap have tests of
 * their own.
 */
@EngineTest
@AddLifecycleHook(value = BadInputFuzzTest.SpringTestMethod.class, propagateTo = PropagationMode.ALL_DESCENDANTS)
class BadInputFuzzTest {

    private static final int TRIES = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Payloads that try to run where text is shown or evaluated: HTML, templates, JUEL/SpEL, FEEL. */
    private static final List<String> SCRIPTS = List.of("<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
            "{{7*7}}", "${7*7}", "#{7*7}", "${execution.setVariable('x', 1)}", "#{runtimeService}", "=7*7",
            "'; drop table ward_feedback; --", "\"><svg onload=alert(1)>");
    private static final List<String> IMPOSSIBLE_DATES = List.of("2026-02-30", "2026-13-01", "2026-00-10", "2025-02-29",
            "30/02/2026", "2026-2-3", "2026-04-31T00:00", "hôm qua", "");

    private static TestContextManager spring;

    // from the shared context, once: jqwik makes instances of its own, which Spring does not inject
    private static ProcessEngine engine;
    private static TestRestTemplate rest;
    private static MockMvc residents;

    /**
     * Spring's test lifecycle, driven by hand: jqwik is not Jupiter, and the process coverage listens to it (a run per
     * property). The class's coverage suite is not written: the fuzz covers no path worth counting, and writing it
     * raced with the last requests' history.
     */
    @BeforeContainer
    static void springContext() throws Exception {
        spring = new TestContextManager(BadInputFuzzTest.class);
        spring.beforeTestClass();
        ApplicationContext context = spring.getTestContext().getApplicationContext();
        engine = context.getBean(ProcessEngine.class);
        rest = context.getBean(TestRestTemplate.class);
        residents = MockMvcBuilders.webAppContextSetup((WebApplicationContext) context).build();
    }

    /** Each property within Spring's before and after of a test method; the instances it left are removed. */
    static class SpringTestMethod implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property)
                throws Throwable {
            spring.beforeTestMethod(context.testInstance(), context.targetMethod());
            spring.beforeTestExecution(context.testInstance(), context.targetMethod());
            try {
                return property.execute();
            } finally {
                removeInstances();
                spring.afterTestExecution(context.testInstance(), context.targetMethod(), null);
                spring.afterTestMethod(context.testInstance(), context.targetMethod(), null);
            }
        }
    }

    private static void removeInstances() {
        engine.getIdentityService().clearAuthentication();
        engine.getRuntimeService().createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> engine.getRuntimeService().deleteProcessInstance(instance.getId(), "fuzz"));
    }

    // ---- the residents' API ----

    @Property(tries = TRIES)
    void feedbackWithOneBadFieldIsRefusedNamingItAndStartsNothing(@ForAll("badFeedbackField") Bad bad) throws Exception {
        Map<String, Object> form = validFeedback();
        form.put(bad.field(), bad.value());
        long before = feedbackCases();

        MvcResult answer = residents.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(form))).andReturn();

        assertRefusal(answer.getResponse().getStatus(), answer.getResponse().getContentAsString(), bad.field());
        assertThat(JSON.readTree(answer.getResponse().getContentAsByteArray()).path("field").asText())
                .as(bad.toString()).isEqualTo(bad.field());
        assertThat(feedbackCases()).as("no case started by " + bad).isEqualTo(before);
    }

    @Property(tries = 30)
    void feedbackBodiesThatAreNoFormAreRefused(@ForAll("brokenJson") String body) throws Exception {
        long before = feedbackCases();
        MvcResult answer = residents.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(body)).andReturn();
        assertThat(answer.getResponse().getStatus()).as(body).isBetween(400, 499);
        assertThat(JSON.readTree(answer.getResponse().getContentAsByteArray()).path("error").asText()).isNotBlank();
        assertThat(feedbackCases()).isEqualTo(before);
    }

    @Property(tries = 20)
    void scriptsInFeedbackAreKeptAsTypedAndNeverRun(@ForAll("script") String script) throws Exception {
        Map<String, Object> form = validFeedback();
        form.put("title", script);
        form.put("content", "Nội dung thử: " + script + " ở tổ dân phố Ba Hàng");
        MvcResult sent = residents.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(form))).andReturn();
        assertThat(sent.getResponse().getStatus()).as(sent.getResponse().getContentAsString()).isEqualTo(201);
        String code = JSON.readTree(sent.getResponse().getContentAsByteArray()).path("trackingCode").asText();

        MvcResult status = residents.perform(get("/api/public/feedback/" + code)).andReturn();
        assertThat(JSON.readTree(status.getResponse().getContentAsByteArray()).path("title").asText()).isEqualTo(script);
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("feedback")
                .orderByProcessInstanceId().desc().list().stream()
                .filter(candidate -> script.equals(engine.getRuntimeService().getVariable(candidate.getId(), "title")))
                .findFirst().orElseThrow().getId();
        assertThat(engine.getRuntimeService().getVariable(instance, "content")).asString().contains(script);
    }

    @Property(tries = TRIES)
    void lookupsAndRatingsOfAnyCodeOrScoreAreNeverAFailure(@ForAll("anyText") String code,
            @ForAll("anyJsonValue") Object score, @ForAll("anyText") String comment) throws Exception {
        MvcResult lookup = residents.perform(get("/api/public/feedback/{code}", code)).andReturn();
        assertThat(lookup.getResponse().getStatus()).as(code).isBetween(400, 499);

        Map<String, Object> rating = new LinkedHashMap<>();
        rating.put("score", score);
        rating.put("comment", comment);
        MvcResult rated = residents.perform(post("/api/public/feedback/{code}/rating", code)
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(rating))).andReturn();
        int status = rated.getResponse().getStatus();
        assertThat(status).as(code + " " + score + ": " + rated.getResponse().getContentAsString()).isBetween(400, 499);
    }

    @Property(tries = 30)
    void aBadRatingOfARealCaseNamesTheField(@ForAll("badRating") Bad bad) throws Exception {
        Map<String, Object> rating = new LinkedHashMap<>(Map.of("score", 5, "comment", "Cảm ơn phường."));
        rating.put(bad.field(), bad.value());
        MvcResult rated = residents.perform(post("/api/public/feedback/{code}/rating", submittedCode())
                .contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsBytes(rating))).andReturn();
        assertRefusal(rated.getResponse().getStatus(), rated.getResponse().getContentAsString(), bad.field());
    }

    // ---- Camunda REST: start every startable process, complete a task ----

    @Property(tries = 100)
    void aStartWithOneBadVariableIsRefusedNamingItAndLeavesNoInstance(@ForAll("badStart") BadStart bad) {
        long before = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(bad.process()).count();

        ResponseEntity<String> answer = rest.withBasicAuth(bad.user(), "demo").postForEntity(
                "/engine-rest/process-definition/key/" + bad.process() + "/start", json(Map.of("variables",
                        bad.variables())), String.class);

        assertRefusal(answer.getStatusCode().value(), answer.getBody(), bad.field());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(bad.process())
                .count()).as("nothing started by " + bad).isEqualTo(before);
    }

    @Property(tries = 40)
    void aTaskCompletedWithABadVariableStaysOpenAndTheRefusalNamesIt(@ForAll("badAssignment") Bad bad) {
        String feedback = engine.getRuntimeService().startProcessInstanceByKey("feedback", validStart("feedback"))
                .getId();
        Task assignment = engine.getTaskService().createTaskQuery().processInstanceId(feedback)
                .taskDefinitionKey("assignOfficer").singleResult();

        // as an administrator: the unit the routing chose is not the point here
        ResponseEntity<String> answer = rest.withBasicAuth("demo", "demo").postForEntity(
                "/engine-rest/task/" + assignment.getId() + "/complete",
                json(Map.of("variables", Map.of(bad.field(), bad.value()))), String.class);

        assertRefusal(answer.getStatusCode().value(), answer.getBody(), bad.field());
        assertThat(engine.getTaskService().createTaskQuery().taskId(assignment.getId()).count()).isEqualTo(1);
        // the next try's case would otherwise wait at the duplicate check behind this one
        engine.getRuntimeService().deleteProcessInstance(feedback, "fuzz");
    }

    @Property(tries = 20)
    void anExpressionInAVariableComesBackVerbatim(@ForAll("script") String script) {
        Map<String, Object> variables = typed(validStart("feedback"));
        variables.put("title", Map.of("value", script, "type", "String"));
        ResponseEntity<String> started = rest.withBasicAuth("vp.officer", "demo").postForEntity(
                "/engine-rest/process-definition/key/feedback/start", json(Map.of("variables", variables)),
                String.class);
        assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
        String id = read(started.getBody()).path("id").asText();

        ResponseEntity<String> title = rest.withBasicAuth("demo", "demo").getForEntity(
                "/engine-rest/process-instance/" + id + "/variables/title", String.class);
        assertThat(read(title.getBody()).path("value").asText()).isEqualTo(script);
        // 7*7 evaluated would show in the task's name; the case number (PA-2026-0049 for the 49th case) is no sign of it
        String caseNumber = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult()
                .getBusinessKey();
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(id).singleResult().getName()
                .replace(caseNumber, "")).doesNotContain("49");
    }

    // ---- the staff APIs that take input ----

    @Property(tries = TRIES)
    void staffApisRefuseBadParametersNamingThem(@ForAll("badStaffCall") StaffCall call) {
        // an address already encoded, which the template's expansion would read as {placeholders}
        RequestEntity<Object> request = RequestEntity.method(call.method(), URI.create(rest.getRootUri() + call.path()))
                .contentType(call.contentType()).body(call.body() == null ? "" : call.body());
        ResponseEntity<String> answer = rest.withBasicAuth(call.user(), "demo").exchange(request, String.class);
        assertRefusal(answer.getStatusCode().value(), answer.getBody(), call.names());
    }

    /** No page shows stored text as HTML: the residents' page and the dashboard write text with textContent only. */
    @Property(tries = 1)
    void noPageWritesTextAsHtml() throws IOException {
        try (Stream<Path> scripts = Files.walk(Path.of("src/main/resources/static"))) {
            scripts.filter(file -> file.toString().endsWith(".js") || file.toString().endsWith(".html"))
                    .forEach(file -> assertThat(text(file)).as(file.toString())
                            .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("));
        }
    }

    // ---- generators ----

    @Provide
    Arbitrary<Bad> badFeedbackField() {
        Arbitrary<Bad> anyField = Combinators.combine(Arbitraries.of("senderName", "senderContact", "category", "title",
                "content"), Arbitraries.oneOf(notText(), Arbitraries.of("", "   "))).as(Bad::new);
        return Arbitraries.oneOf(anyField,
                Arbitraries.strings().ofMinLength(201).ofMaxLength(3000).map(huge -> new Bad("title", huge)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(4001).ofMaxLength(6000)
                        .map(huge -> new Bad("content", huge)),
                Arbitraries.strings().alpha().ofMaxLength(19).map(tooShort -> new Bad("content", tooShort)),
                Arbitraries.oneOf(Arbitraries.of(SCRIPTS), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(30))
                        .map(unknown -> new Bad("category", unknown)),
                Arbitraries.oneOf(Arbitraries.of(SCRIPTS), Arbitraries.strings().numeric().ofMaxLength(9))
                        .map(notAContact -> new Bad("senderContact", notAContact)));
    }

    @Provide
    Arbitrary<Bad> badRating() {
        return Arbitraries.oneOf(
                Arbitraries.of(0, 6, -1, 4.5, "5", "năm", true, List.of(5), Map.of("value", 5), Long.MAX_VALUE)
                        .map(score -> new Bad("score", score)),
                notText().map(comment -> new Bad("comment", comment)),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1001).ofMaxLength(3000)
                        .map(huge -> new Bad("comment", huge)));
    }

    @Provide
    Arbitrary<String> brokenJson() {
        return Arbitraries.oneOf(Arbitraries.of("", "null", "[]", "\"x\"", "42", "{", "{\"title\": }", "{'a': 1}",
                        "{\"senderName\": \"a\"\"}", "\u0000", "{\"content\": \"\\ud800\"}"),
                Arbitraries.strings().ofMaxLength(200));
    }

    @Provide
    Arbitrary<String> script() {
        return Arbitraries.of(SCRIPTS);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(80), Arbitraries.of(SCRIPTS),
                Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMinLength(1).ofMaxLength(5));
    }

    @Provide
    Arbitrary<Object> anyJsonValue() {
        return Arbitraries.oneOf(Arbitraries.integers().map(Object.class::cast), Arbitraries.of(true, 4.5, "5",
                List.of(), Map.of()), Arbitraries.strings().ofMaxLength(10).map(Object.class::cast),
                Arbitraries.just(null));
    }

    @Provide
    Arbitrary<BadStart> badStart() {
        // every process a person starts from a form (the test fixtures' models aside)
        List<String> startable = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
                .startableInTasklist().list().stream().map(ProcessDefinition::getKey)
                .filter(key -> !validStart(key).isEmpty()).distinct().sorted().toList();
        assertThat(startable).contains("complaint", "denunciation", "citizen-reception", "feedback", "dialogue",
                "ward-report", "plan-year-close");
        return Arbitraries.of(startable).flatMap(process -> {
            Map<String, Object> valid = validStart(process);
            // a Boolean is a right value for a yes/no field (complexCase, anonymous), not a bad one
            return Arbitraries.of(List.copyOf(valid.keySet())).flatMap(field -> badVariable()
                    .filter(value -> !(valid.get(field) instanceof Boolean && "Boolean".equals(value.get("type"))))
                    .map(value -> {
                        Map<String, Object> variables = typed(valid);
                        variables.put(field, value);
                        return new BadStart(process, starterOf(process), field, variables);
                    }));
        });
    }

    @Provide
    Arbitrary<Bad> badAssignment() {
        return badVariable().map(value -> new Bad("answerOfficer", value));
    }

    @Provide
    Arbitrary<StaffCall> badStaffCall() {
        Arbitrary<String> date = Arbitraries.of(IMPOSSIBLE_DATES).map(bad -> URLEncoder.encode(bad, StandardCharsets.UTF_8));
        return Arbitraries.oneOf(
                Combinators.combine(Arbitraries.of("from", "to"), date).as((field, bad) -> StaffCall.get("vhxh.head",
                        "/api/dashboard?" + (field.equals("from") ? "from=" + bad + "&to=2026-06-30"
                                : "from=2026-01-01&to=" + bad), field)),
                Combinators.combine(Arbitraries.of("from", "to"), date).as((field, bad) -> StaffCall.get("vp.officer",
                        "/api/reception-days?" + (field.equals("from") ? "from=" + bad + "&to=2026-06-30"
                                : "from=2026-01-01&to=" + bad), field)),
                Combinators.combine(Arbitraries.of("unit", "overdue", "page", "size"),
                                Arbitraries.of("-1", "abc", "99999999999", "${7*7}", "<script>", "khong-co"))
                        .as((field, bad) -> StaffCall.get("vhxh.head",
                                "/api/open-tasks?" + field + "=" + URLEncoder.encode(bad, StandardCharsets.UTF_8), field)),
                // an unknown group is named by its label, "Tổ dân phố"
                Arbitraries.oneOf(notText(), Arbitraries.of(SCRIPTS)).map(bad -> {
                    Map<String, Object> report = new LinkedHashMap<>(Map.of("reason", "Tổ trưởng chuyển nơi ở"));
                    report.put("group", bad);
                    return StaffCall.post("vp.officer", "/api/residential-groups/vacancies", report, "group",
                            "Tổ dân phố");
                }));
    }

    /**
     * A value no text field takes: a list or an object, control characters, broken Unicode. (A number or a boolean is
     * read as its text, as JSON readers do, and a text field takes it.)
     */
    private static Arbitrary<Object> notText() {
        return Arbitraries.oneOf(
                Arbitraries.of(List.of("a"), Map.of("a", 1)),
                Arbitraries.strings().withCharRange('\u0000', '\u0008').ofMinLength(1).ofMaxLength(3)
                        .map(control -> "Nguyễn" + control + "An"),
                Arbitraries.of("\ud800", "a\udc00b"));
    }

    /** A Camunda variable a start or completion must refuse, in any of the shapes the REST API takes. */
    private static Arbitrary<Map<String, Object>> badVariable() {
        return Arbitraries.oneOf(
                Arbitraries.of(typedValue("abc", "Integer"), typedValue("x", "Date"), typedValue(1, "NoSuchType"),
                        typedValue(42, "Integer"), typedValue(true, "Boolean"), typedValue(List.of(1), "Json")),
                Arbitraries.of(IMPOSSIBLE_DATES).map(date -> typedValue(date, "Date")),
                Arbitraries.strings().withCharRange('\u0000', '\u0008').ofMinLength(1).ofMaxLength(3)
                        .map(control -> typedValue("Nguyễn" + control + "An", "String")),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(10_001).ofMaxLength(20_000)
                        .map(huge -> typedValue(huge, "String")));
    }

    // ---- helpers ----

    /** A 4xx (never a 5xx) whose body names the field at fault. */
    private static void assertRefusal(int status, String body, String... names) {
        assertThat(status).as(body).isBetween(400, 499);
        assertThat(body).as("the refusal names %s", List.of(names)).containsAnyOf(names);
    }

    private long feedbackCases() {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("feedback").count();
    }

    private String submittedCode() throws Exception {
        MvcResult sent = residents.perform(post("/api/public/feedback").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsBytes(validFeedback()))).andReturn();
        assertThat(sent.getResponse().getStatus()).isEqualTo(201);
        return JSON.readTree(sent.getResponse().getContentAsByteArray()).path("trackingCode").asText();
    }

    private static Map<String, Object> validFeedback() {
        return new LinkedHashMap<>(Map.of("senderName", "Nguyễn Thị Hoa", "senderContact", "0912 345 678", "category",
                "moi-truong", "title", "Rác thải ở đầu ngõ 12", "content",
                "Rác thải tồn đọng ở đầu ngõ 12 tổ dân phố Tân Thịnh đã ba ngày."));
    }

    /** Start variables each process accepts (as its start form sends them); none for the test fixtures' models. */
    private static Map<String, Object> validStart(String process) {
        return switch (process) {
            case "complaint" -> Map.of("receivedDate", "2026-02-27", "complainantName", "Nguyễn Thị Hoa",
                    "complainantAddress", "Tổ dân phố Ba Hàng", "learnedOn", "2026-02-20", "subject",
                    "Khiếu nại quyết định xử phạt", "content", "Tôi không đồng ý với mức phạt.", "complexCase", true);
            case "denunciation" -> Map.of("receivedDate", "2026-02-27", "anonymous", false, "denouncerName",
                    "Lê Văn Cường", "denouncerContact", "0912 000 111", "accusedName", "Ông Phạm Văn D",
                    "accusedUnit", "kthtdt", "content", "Nhận tiền để làm nhanh hồ sơ.");
            case "citizen-reception" -> Map.of("receptionDate", "2026-03-02", "visitorName", "Hoàng Thị Mai",
                    "visitorAddress", "Tổ dân phố Bãi Bông", "groupSize", "3", "receptionKind", "regular",
                    "receiverRole", "officer", "receiverName", "Nguyễn Văn Cán", "channel", "in-person");
            case "feedback" -> Map.of("receivedDate", "2026-03-02", "channel", "phone", "category", "moi-truong",
                    "title", "Rác thải ùn ứ ở đầu ngõ", "content", "Rác không được thu gom ba ngày nay.",
                    "senderName", "Đỗ Văn Em", "senderContact", "0987 654 321");
            case "dialogue" -> Map.of("dialogueOrigin", "office");
            case "ward-report" -> Map.of("period", "2025-Q3");
            case "plan-year-close" -> Map.of("planYear", "2025");
            default -> Map.of();
        };
    }

    private static String starterOf(String process) {
        return switch (process) {
            case "ward-report", "plan-year-close" -> "vhxh.officer";
            case "complaint", "denunciation", "citizen-reception", "feedback", "dialogue" -> "vp.officer";
            default -> "demo";
        };
    }

    private static Map<String, Object> typed(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> variables.put(name, typedValue(value, value instanceof Boolean ? "Boolean"
                : "String")));
        return variables;
    }

    private static Map<String, Object> typedValue(Object value, String type) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("value", value);
        typed.put("type", type);
        return typed;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Bad(String field, Object value) {
        @Override
        public String toString() {
            String shown = String.valueOf(value);
            return field + "=" + (shown.length() > 60 ? shown.substring(0, 60) + "… (" + shown.length() + ")" : shown);
        }
    }

    record BadStart(String process, String user, String field, Map<String, Object> variables) {
        @Override
        public String toString() {
            return process + " " + new Bad(field, variables.get(field));
        }
    }

    /** A call to a staff API and the names (any one) its refusal must give the field by. */
    record StaffCall(String user, HttpMethod method, String path, Object body, MediaType contentType, String... names) {
        static StaffCall get(String user, String path, String field) {
            return new StaffCall(user, HttpMethod.GET, path, null, MediaType.APPLICATION_JSON, field);
        }

        static StaffCall post(String user, String path, Object body, String... names) {
            return new StaffCall(user, HttpMethod.POST, path, body, MediaType.APPLICATION_JSON, names);
        }

        @Override
        public String toString() {
            return method + " " + path + " " + (body == null ? "" : new Bad("body", body));
        }
    }
}
