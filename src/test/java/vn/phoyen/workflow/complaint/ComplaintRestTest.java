package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** Starting complaints through the Camunda REST API: who may, what is refused, who may follow, the numbers. */
@EngineTest
class ComplaintRestTest extends ComplaintTestSupport {

    private static final String START = "/engine-rest/process-definition/key/complaint/start";

    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void onAWorkingMonday() {
        EngineClock.setTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    }

    @Test
    void theOfficeStartsAComplaintAndGetsItsCaseNumber() {
        ResponseEntity<Map> started = startAs("vp.officer", variables(complaint("2026-02-27")));

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String key = (String) started.getBody().get("businessKey");
        assertThat(key).matches("KN-2026-\\d{4}");
        String id = (String) started.getBody().get("id");
        Task decision = task(id, "decideAcceptance");
        assertThat(candidateGroups(decision)).containsExactly("vp");
        // 10 days after Friday 27/02: Monday 09/03
        assertThat(decision.getDueDate()).isEqualTo(endOfDay(2026, 3, 9));
    }

    @Test
    void badOrMissingVariablesAreRefusedNamingTheVariableAndLeaveNoInstance() {
        Map<String, Map<String, Object>> cases = new LinkedHashMap<>();
        Map<String, Object> missingName = variables(complaint("2026-02-27"));
        missingName.remove("complainantName");
        cases.put("complainantName", missingName);
        cases.put("receivedDate", variables(complaint("27/02/2026")));
        Map<String, Object> future = variables(complaint("2026-03-03"));
        cases.put("receivedDate ", future);
        Map<String, Object> longSubject = variables(complaint("2026-02-27"));
        longSubject.put("subject", Map.of("value", "x".repeat(301), "type", "String"));
        cases.put("subject", longSubject);
        Map<String, Object> longContent = variables(complaint("2026-02-27"));
        longContent.put("content", Map.of("value", "x".repeat(10_001), "type", "String"));
        cases.put("content", longContent);
        Map<String, Object> badFlag = variables(complaint("2026-02-27"));
        badFlag.put("complexCase", Map.of("value", "có", "type", "String"));
        cases.put("complexCase", badFlag);

        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
        long history = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint")
                .count();
        cases.forEach((variable, sent) -> {
            ResponseEntity<Map> refused = startAs("vp.officer", sent);
            // the contract says 400; Camunda's REST start answers 500 for every engine exception (see report)
            assertThat(refused.getStatusCode().isError()).as(variable).isTrue();
            assertThat((String) refused.getBody().get("message")).as(variable).contains("'" + variable.strip() + "'");
        });
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(instances);
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("complaint")
                .count()).isEqualTo(history);
    }

    @Test
    void aRefusedStartIsABadRequest() {
        Map<String, Object> missingName = variables(complaint("2026-02-27"));
        missingName.remove("complainantName");
        assertThat(startAs("vp.officer", missingName).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anotherUnitCannotStartAComplaint() {
        long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count();
        assertThat(startAs("kthtdt.officer", variables(complaint("2026-02-27"))).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("complaint").count())
                .isEqualTo(instances);
    }

    @Test
    void thePartyInspectionCommitteeFollowsTheComplaintButHasNoTask() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");

        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/process-instance/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/history/process-instance/" + id, Map.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("ubkt.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody()).isEmpty();
        assertThat(rest.withBasicAuth("vp.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody()).hasSize(1);
        // a unit with no part in the case does not see it
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity("/engine-rest/process-instance/" + id, Map.class).getStatusCode())
                .isNotEqualTo(HttpStatus.OK);
    }

    @Test
    void theComplaintIsWithdrawnByAMessageOnItsCaseNumber() {
        Map body = startAs("vp.officer", variables(complaint("2026-02-27"))).getBody();
        String id = (String) body.get("id");
        String key = (String) body.get("businessKey");
        accept(runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult(), "2026-03-02");
        submit(task(id, "assignVerifier"), Map.of("verifier", "vp.officer"));

        ResponseEntity<String> correlated = rest.withBasicAuth("vp.officer", "demo").postForEntity("/engine-rest/message",
                json(Map.of("messageName", "complaintWithdrawn", "businessKey", key)), String.class);

        assertThat(correlated.getStatusCode().is2xxSuccessful()).as(correlated.toString()).isTrue();
        assertThat(tasks(id, "verifyComplaint")).isEmpty();
        Task withdrawal = task(id, "recordWithdrawal");
        assertThat(candidateGroups(withdrawal)).containsExactly("vp");
        // Art. 10: the written request, the Chairman's suspension decision, its notice; each refused when missing
        assertThat(submitAs("vp.officer", withdrawal, Map.of("withdrawalNote", "Rút tại buổi làm việc")))
                .satisfies(refused -> assertBadRequestNaming(refused, "withdrawalRequestDate"));
        assertThat(submitAs("vp.officer", withdrawal, Map.of("withdrawalRequestDate", "2026-03-05",
                "withdrawalNote", "Rút tại buổi làm việc")).getStatusCode().is2xxSuccessful()).isTrue();
        Task suspension = task(id, "signSuspension");
        assertThat(submitAs("lanhdao.head", suspension, Map.of("suspensionDecisionDate", "2026-03-05")))
                .satisfies(refused -> assertBadRequestNaming(refused, "suspensionDecisionNumber"));
        assertThat(submitAs("lanhdao.head", suspension, Map.of("suspensionDecisionNumber", "7/QĐ-UBND",
                "suspensionDecisionDate", "2026-03-05")).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(submitAs("vp.officer", task(id, "notifySuspension"), Map.of("suspensionNoticeNumber", "8/TB-UBND",
                "suspensionNoticeDate", "2026-03-06")).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(id).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("complaintWithdrawnEnd").count()).isEqualTo(1);
    }

    @Test
    void art28AComplaintAskingForTheRemoteAreaPeriodsIsABadRequestInVietnamese() {
        Map<String, Object> remote = variables(complaint("2026-02-27"));
        remote.put("remoteArea", Map.of("value", true, "type", "Boolean"));
        ResponseEntity<Map> refused = startAs("vp.officer", remote);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("'remoteArea'")
                .contains("không thuộc vùng sâu, vùng xa");

        Map<String, Object> notRemote = variables(complaint("2026-02-27"));
        notRemote.put("remoteArea", Map.of("value", false, "type", "Boolean"));
        assertThat(startAs("vp.officer", notRemote).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void art11TheOfficeRefusesOnAGroundOfTheListOrAnotherWithItsText() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");
        Task decision = task(id, "decideAcceptance");
        Map<String, Object> refusal = new LinkedHashMap<>(Map.of("acceptanceDecision", "refuse",
                "noticeNumber", "9/TB-UBND", "noticeDate", "2026-03-02"));
        assertBadRequestNaming(submitAs("vp.officer", decision, refusal), "refusalGround");
        refusal.put("refusalGround", "other");
        assertBadRequestNaming(submitAs("vp.officer", decision, refusal), "refusalGroundOther");
        refusal.put("refusalGroundOther", "Nội dung đã được hướng dẫn, giải thích nhiều lần");
        assertThat(submitAs("vp.officer", decision, refusal).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(id)
                .activityId("complaintRefused").count()).isEqualTo(1);

        String second = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");
        assertThat(submitAs("vp.officer", task(second, "decideAcceptance"), Map.of("acceptanceDecision", "refuse",
                "refusalGround", "no-direct-interest", "noticeNumber", "10/TB-UBND", "noticeDate", "2026-03-02"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(variable(second, "refusalGround")).isEqualTo("no-direct-interest");
    }

    @Test
    void art9ALateComplaintIsAcceptedThroughRestOnlyWithALegalCauseAndItsReason() {
        // learned on 28/11/2025: day 90 was Thursday 26/02/2026; received Monday 02/03/2026
        Map<String, Object> late = variables(complaint("2026-03-02"));
        late.put("learnedOn", Map.of("value", "2025-11-28", "type", "String"));
        String id = (String) startAs("vp.officer", late).getBody().get("id");
        Task decision = task(id, "decideAcceptance");
        Map<String, Object> accept = new LinkedHashMap<>(Map.of("acceptanceDecision", "accept",
                "acceptedOn", "2026-03-02", "noticeNumber", "11/TB-UBND", "noticeDate", "2026-03-02"));
        assertBadRequestNaming(submitAs("vp.officer", decision, accept), "lateCause");
        accept.put("lateCause", "work-trip");
        assertBadRequestNaming(submitAs("vp.officer", decision, accept), "lateCauseDetails");
        accept.put("lateCauseDetails", "Đi công tác tại Lào theo quyết định của cơ quan từ 20/11/2025 đến 25/02/2026");
        assertThat(submitAs("vp.officer", decision, accept).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(variable(id, "filedWithinTimeLimit")).isEqualTo(false);
        assertThat(task(id, "assignVerifier")).isNotNull();
    }

    @Test
    void art27AComplaintOutsideTheWardsCompetenceIsGuidedThroughRest() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");
        Task decision = task(id, "decideAcceptance");
        assertBadRequestNaming(submitAs("vp.officer", decision, Map.of("acceptanceDecision", "guide",
                "noticeNumber", "3/HD-UBND", "noticeDate", "2026-03-02")), "guidedTo");
        assertThat(submitAs("vp.officer", decision, Map.of("acceptanceDecision", "guide",
                "guidedTo", "Chi cục Thuế khu vực", "noticeNumber", "3/HD-UBND", "noticeDate", "2026-03-02"))
                .getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(variable(id, "outcome")).isEqualTo("guided");
    }

    @Test
    void art43TheDecisionTakesEffectAndTheNamedUnitSeesItsImplementationTask() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");
        var complaint = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
        accept(complaint, "2026-03-02");
        verify(complaint, false);
        assertBadRequestNaming(submitAs("vp.officer", task(id, "draftDecision"), Map.of("decisionDraft", "Giữ nguyên",
                "implementingUnit", "khong-co")), "implementingUnit");
        submit(task(id, "draftDecision"), Map.of("decisionDraft", "Giữ nguyên", "implementingUnit", "kthtdt"));
        submit(task(id, "signDecision"), Map.of("signingDecision", "sign", "decisionNumber", "50/QĐ-UBND",
                "decisionSignedOn", "2026-03-20"));
        submit(task(id, "sendDecision"), Map.of("sentOn", "2026-03-23", "sentTo", "Bà Hoa"));
        assertThat(rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody()).isEmpty();

        // 30 days from 20/03: Sunday 19/04, so Monday 20/04/2026; on Tuesday the decision is in effect
        EngineClock.setTo(LocalDateTime.of(2026, 4, 21, 8, 0));
        runDueJobs(id);
        List<Map> tasks = rest.withBasicAuth("kthtdt.officer", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + id, List.class).getBody();
        assertThat(tasks).singleElement().satisfies(found -> assertThat(found.get("taskDefinitionKey"))
                .isEqualTo("organiseImplementation"));
        Task implementation = task(id, "organiseImplementation");
        assertThat(submitAs("kthtdt.officer", implementation, Map.of("implementationReport", "Đã thi hành",
                "implementedOn", "2026-04-24")).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(variable(id, "outcome")).isEqualTo("implemented");
    }

    @Test
    void art33TheRightsNoticeAfterAnExpiredPeriodAndASecondLevelComplaintAreRecordedThroughRest() {
        String id = (String) startAs("vp.officer", variables(complaint("2026-02-27"))).getBody().get("id");
        var complaint = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
        accept(complaint, "2026-03-02");
        verify(complaint, false);
        EngineClock.setTo(LocalDateTime.of(2026, 4, 2, 8, 0));
        runDueJobs(id);
        Task notice = task(id, "notifyRightToChallenge");
        assertBadRequestNaming(submitAs("vp.officer", notice, Map.of("rightsNoticeNumber", "31/TB-UBND")),
                "rightsNoticeDate");
        assertThat(submitAs("vp.officer", notice, Map.of("rightsNoticeNumber", "31/TB-UBND",
                "rightsNoticeDate", "2026-04-02")).getStatusCode().is2xxSuccessful()).isTrue();

        draftAndSign(complaint, "2026-04-03");
        submit(task(id, "sendDecision"), Map.of("sentOn", "2026-04-06", "sentTo", "Bà Hoa"));
        Task response = task(id, "recordComplainantResponse");
        assertBadRequestNaming(submitAs("vp.officer", response, Map.of("outcome", "second-level",
                "filedOn", "2026-04-20")), "filedWith");
        assertThat(submitAs("vp.officer", response, Map.of("outcome", "second-level", "filedOn", "2026-04-20",
                "filedWith", "Chủ tịch UBND tỉnh Thái Nguyên")).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(variable(id, "outcome")).isEqualTo("second-level");
    }

    @Test
    void concurrentStartsGetDistinctCaseNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<ResponseEntity<Map>>> starts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                starts.add(() -> startAs("vp.officer", variables(complaint("2026-02-27"))));
            }
            List<String> keys = new ArrayList<>();
            for (Future<ResponseEntity<Map>> started : pool.invokeAll(starts)) {
                assertThat(started.get().getStatusCode()).isEqualTo(HttpStatus.OK);
                keys.add((String) started.get().getBody().get("businessKey"));
            }
            assertThat(keys).hasSize(8).doesNotHaveDuplicates().allMatch(key -> key.matches("KN-2026-\\d{4}"));
        } finally {
            pool.shutdownNow();
        }
    }

    private ResponseEntity<Map> submitAs(String user, Task task, Map<String, Object> answers) {
        return rest.withBasicAuth(user, "demo").postForEntity("/engine-rest/task/" + task.getId() + "/submit-form",
                json(Map.of("variables", variables(answers))), Map.class);
    }

    private static void assertBadRequestNaming(ResponseEntity<Map> refused, String field) {
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("(" + field + ")");
    }

    private Object variable(String instanceId, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instanceId)
                .variableName(name).singleResult().getValue();
    }

    private ResponseEntity<Map> startAs(String user, Map<String, Object> variables) {
        return rest.withBasicAuth(user, "demo").postForEntity(START, json(Map.of("variables", variables)), Map.class);
    }

    /** Start variables as the REST API takes them: every value a String, flags as Booleans. */
    private static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((name, value) -> typed.put(name,
                Map.of("value", value, "type", value instanceof Boolean ? "Boolean" : "String")));
        return typed;
    }

    private static HttpEntity<Object> json(Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
