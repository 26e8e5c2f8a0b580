package vn.phoyen.workflow.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.ProcessTest;
import vn.phoyen.workflow.TestMailServer;

/** Starts complaints and works their tasks as the ward's staff would through Tasklist; cleans up after each test. */
abstract class ComplaintTestSupport extends ProcessTest {

    static Map<String, Object> complaint(String receivedDate) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", receivedDate);
        variables.put("complainantName", "Nguyễn Thị Hoa");
        variables.put("complainantAddress", "Tổ dân phố Ba Hàng, phường Phổ Yên");
        variables.put("subject", "Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng");
        variables.put("content", "Tôi không đồng ý với mức phạt vì công trình đã có giấy phép sửa chữa.");
        return variables;
    }

    ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("complaint", variables);
    }

    ProcessInstance startReceived(String receivedDate) {
        return start(complaint(receivedDate));
    }

    void submit(Task task, Map<String, Object> answers) {
        assertThat(task.getCamundaFormRef().getKey()).startsWith("complaint-");
        submitForm(engine, task, answers);
    }

    Map<String, Object> formVariables(Task task) {
        return engine.getFormService().getTaskFormVariables(task.getId());
    }

    /**
     * Accepts the complaint on {@code acceptedOn}, with the written notice; the complainant learned of the contested
     * decision on 2 February 2026, so a complaint received up to 3 May 2026 is within the 90 days of Art. 9.
     */
    void accept(ProcessInstance complaint, String acceptedOn) {
        submit(task(complaint.getId(), "decideAcceptance"), Map.of("acceptanceDecision", "accept",
                "learnedOn", "2026-02-02", "acceptedOn", acceptedOn, "noticeNumber", "12/TB-UBND",
                "noticeDate", acceptedOn));
    }

    /** Records the written request, the Chairman's suspension decision and its notice (Art. 10), all on {@code day}. */
    void withdraw(String instanceId, String day) {
        submit(task(instanceId, "recordWithdrawal"), Map.of("withdrawalRequestDate", day,
                "withdrawalNote", "Đơn xin rút khiếu nại có chữ ký"));
        submit(task(instanceId, "signSuspension"), Map.of("suspensionDecisionNumber", "5/QĐ-UBND",
                "suspensionDecisionDate", day));
        submit(task(instanceId, "notifySuspension"), Map.of("suspensionNoticeNumber", "6/TB-UBND",
                "suspensionNoticeDate", day));
    }

    /** Assigns vp.officer, who verifies; the claims differ or not. */
    void verify(ProcessInstance complaint, boolean claimsDiffer) {
        submit(task(complaint.getId(), "assignVerifier"), Map.of("verifier", "vp.officer"));
        submit(task(complaint.getId(), "verifyComplaint"), Map.of("findings", "Công trình xây vượt giấy phép 1 tầng",
                "claimsDiffer", claimsDiffer));
    }

    void draftAndSign(ProcessInstance complaint, String signedOn) {
        submit(task(complaint.getId(), "draftDecision"), Map.of("decisionDraft", "Giữ nguyên quyết định xử phạt"));
        submit(task(complaint.getId(), "signDecision"), Map.of("signingDecision", "sign", "decisionNumber",
                "45/QĐ-UBND", "decisionSignedOn", signedOn));
    }

    Object variable(ProcessInstance instance, String name) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName(name).singleResult().getValue();
    }

    static Date endOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 23, 59, 59));
    }

    static Date startOfDay(int year, int month, int day) {
        return EngineClock.at(LocalDateTime.of(year, month, day, 0, 0));
    }

    /** How many messages the address has received so far (the test mail server keeps every message). */
    static int mailCount(String userId) {
        return TestMailServer.subjectsTo(userId + "@phoyen.local").size();
    }

    static List<String> mailSince(String userId, int count) {
        List<String> all = TestMailServer.subjectsTo(userId + "@phoyen.local");
        return all.subList(count, all.size());
    }
}
