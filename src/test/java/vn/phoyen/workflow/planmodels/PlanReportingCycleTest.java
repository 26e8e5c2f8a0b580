package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.startOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;

/** One lead unit's report on one plan task for one period: drafted, contributed to, consolidated, reviewed. */
class PlanReportingCycleTest extends PlanModelTest {

    /** Task 4 as the police (ca) lead it, with the culture-society office (and the police itself) supporting. */
    private ProcessInstance startReport(String period, List<String> supportUnits) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planCode", "KH54");
        variables.put("planYear", 2025);
        variables.put("taskNumber", 4);
        variables.put("taskLabel", "Nhiệm vụ 4");
        variables.put("taskTitle", "Công khai kịp thời, đầy đủ nội dung và hình thức");
        variables.put("leadUnit", "ca");
        variables.put("leadUnitName", "Công an phường");
        variables.put("supportUnits", new ArrayList<>(supportUnits));
        variables.put("responsibleOfficer", "ca.officer");
        variables.put("milestones", "30/09: niêm yết");
        variables.put("checklist", new ArrayList<>(List.of("Ngân sách cấp xã", "Danh sách hộ nghèo")));
        variables.put("period", period);
        variables.put("periodLabel", period.equals("2025-Q3") ? "quý III/2025" : "quý IV/2025");
        return runtimeService.startProcessInstanceByKey("plan-reporting-cycle", "KH54-2025-T04", variables);
    }

    private Task openWindowAndDraft(ProcessInstance report) {
        driver.execute(driver.job(report.getId(), "reportWindowOpens"));
        Task draft = driver.task(report.getId(), "draftProgressReport");
        driver.submit(draft, Map.of("doneWork", "Đã niêm yết ngân sách quý III", "checklistStatus",
                "Ngân sách: đã công khai; Hộ nghèo: đang rà soát", "evidenceLinks", "Thông báo số 12/TB-CA"));
        return draft;
    }

    @Test
    void theReportCanBeWrittenFromTheFirstDayOfThePeriodsLastMonthAndIsDueOnThe15th() {
        ProcessInstance report = startReport("2025-Q4", List.of("vhxh"));

        Job window = driver.job(report.getId(), "reportWindowOpens");
        assertThat(window.getDuedate()).isEqualTo(startOfDay(2025, 12, 1));
        assertThat(driver.tasks(report.getId())).isEmpty();

        EngineClock.setTo(LocalDateTime.of(2025, 12, 1, 7, 0));
        driver.execute(window);

        Task draft = driver.task(report.getId(), "draftProgressReport");
        assertThat(draft.getName()).isEqualTo("Soạn báo cáo tiến độ quý IV/2025 – Nhiệm vụ 4");
        assertThat(draft.getAssignee()).isEqualTo("ca.officer");
        assertThat(driver.candidateGroups(draft)).containsExactly("ca");
        assertThat(draft.getDueDate()).isEqualTo(endOfDay(2025, 12, 15));
        assertThat(driver.formVariables(draft).get("checklist"))
                .isEqualTo(List.of("Ngân sách cấp xã", "Danh sách hộ nghèo"));
        assertThat(driver.job(report.getId(), "reportDue").getDuedate()).isEqualTo(endOfDay(2025, 12, 15));
    }

    @Test
    void everySupportUnitButTheLeadContributesAndTheLeadConsolidatesForTheSupervisingOffice() {
        ProcessInstance report = startReport("2025-Q3", List.of("vhxh", "ca", "vp"));
        openWindowAndDraft(report);

        List<Task> contributions = driver.tasks(report.getId(), "contributeToReport");
        assertThat(contributions).hasSize(2);
        assertThat(contributions).extracting(driver::candidateGroups)
                .containsExactlyInAnyOrder(java.util.Set.of("vhxh"), java.util.Set.of("vp"));
        assertThat(contributions).extracting(Task::getName)
                .containsOnly("Đóng góp báo cáo quý III/2025 – Nhiệm vụ 4 (Công an phường)");
        assertThat(contributions).extracting(Task::getDueDate).containsOnly(endOfDay(2025, 9, 15));
        assertThat(contributions).extracting(Task::getAssignee).containsOnlyNulls();

        Task fromOffice = contributions.stream().filter(task -> driver.candidateGroups(task).contains("vhxh"))
                .findFirst().orElseThrow();
        driver.submit(fromOffice, Map.of("contribution", "Đã hướng dẫn hình thức công khai",
                "evidenceLinks", "Công văn 45/VHXH"));
        Task fromOfficeOfTheCommittee = driver.task(report.getId(), "contributeToReport");
        // each unit starts from a blank form, not from what another unit entered
        VariableMap blank = driver.formVariables(fromOfficeOfTheCommittee);
        assertThat(blank.get("contribution")).isNull();
        assertThat(blank.get("evidenceLinks")).isNull();
        assertThat(blank.get("supportUnitName")).isEqualTo("Văn phòng HĐND và UBND phường");
        driver.submit(fromOfficeOfTheCommittee, Map.of("contribution", "Đã niêm yết tại trụ sở"));

        Task consolidation = driver.task(report.getId(), "consolidateReport");
        assertThat(consolidation.getName()).isEqualTo("Tổng hợp báo cáo quý III/2025 – Nhiệm vụ 4");
        assertThat(consolidation.getAssignee()).isEqualTo("ca.officer");
        assertThat(driver.candidateGroups(consolidation)).containsExactly("ca");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> collected = (List<Map<String, Object>>) driver.formVariables(consolidation)
                .get("contributions");
        assertThat(collected).extracting(record -> record.get("supportUnitName"))
                .containsExactly("Phòng Văn hoá - Xã hội", "Văn phòng HĐND và UBND phường");
        assertThat(collected).extracting(record -> record.get("contribution"))
                .containsExactly("Đã hướng dẫn hình thức công khai", "Đã niêm yết tại trụ sở");
        // the lead's own evidence is not overwritten by a contributor's
        assertThat(driver.variable(consolidation, "evidenceLinks")).isEqualTo("Thông báo số 12/TB-CA");
        driver.submit(consolidation, Map.of("doneWork", "Đã công khai ngân sách; đang rà soát hộ nghèo",
                "difficulties", "Chưa có danh sách hộ nghèo năm 2025"));

        Task review = driver.task(report.getId(), "reviewReport");
        assertThat(review.getName()).isEqualTo("Xem xét báo cáo quý III/2025 – Nhiệm vụ 4 (Công an phường)");
        assertThat(driver.candidateGroups(review)).containsExactly("vhxh");
        assertThat(review.getAssignee()).isNull();
        // Thursday 11/09 + 3 working days
        assertThat(review.getDueDate()).isEqualTo(endOfDay(2025, 9, 16));
        driver.submit(review, Map.of("decision", "accepted", "reviewComment", "Đạt"));

        assertThat(report).hasPassed("contributeToReport", "consolidateReport", "reviewReport", "reportAccepted")
                .isEnded();
    }

    @Test
    void withoutSupportUnitsOtherThanTheLeadTheReportGoesStraightToConsolidation() {
        ProcessInstance report = startReport("2025-Q3", List.of("ca"));
        openWindowAndDraft(report);

        assertThat(driver.tasks(report.getId())).extracting(Task::getTaskDefinitionKey)
                .containsExactly("consolidateReport");
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey("contributeToReport").count()).isZero();
    }

    @Test
    void aReturnedReportComesBackWithTheReasonAndIsReviewedAfresh() {
        ProcessInstance report = startReport("2025-Q3", List.of());
        openWindowAndDraft(report);
        driver.submit(driver.task(report.getId(), "consolidateReport"), Map.of("doneWork", "Đã công khai"));
        driver.submit(driver.task(report.getId(), "reviewReport"),
                Map.of("decision", "returned", "returnReason", "Thiếu minh chứng niêm yết danh sách hộ nghèo"));

        Task revision = driver.task(report.getId(), "reviseReport");
        assertThat(revision.getName()).isEqualTo("Sửa báo cáo quý III/2025 – Nhiệm vụ 4");
        assertThat(revision.getAssignee()).isEqualTo("ca.officer");
        assertThat(driver.candidateGroups(revision)).containsExactly("ca");
        assertThat(revision.getDueDate()).isEqualTo(endOfDay(2025, 9, 16));
        VariableMap shown = driver.formVariables(revision);
        assertThat(shown.get("returnReason")).isEqualTo("Thiếu minh chứng niêm yết danh sách hộ nghèo");
        assertThat(shown.get("doneWork")).isEqualTo("Đã công khai");
        driver.submit(revision, Map.of("doneWork", "Đã công khai; kèm biên bản niêm yết",
                "evidenceLinks", "Biên bản niêm yết ngày 10/09/2025"));

        Task secondReview = driver.task(report.getId(), "reviewReport");
        // the reviewer starts without the previous round's decision and reason
        VariableMap fresh = driver.formVariables(secondReview);
        assertThat(fresh.get("decision")).isNull();
        assertThat(fresh.get("returnReason")).isNull();
        assertThat(fresh.get("doneWork")).isEqualTo("Đã công khai; kèm biên bản niêm yết");
        driver.submit(secondReview, Map.of("decision", "accepted"));

        assertThat(report).isEnded();
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(report.getId())
                .taskDefinitionKey("reviewReport").count()).isEqualTo(2);
        // the decision as the process keeps it (each review also kept its own, started blank)
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(report.getId())
                .variableName("decision").list().stream()
                .filter(variable -> variable.getActivityInstanceId().equals(report.getId()))
                .map(variable -> variable.getValue()).toList()).containsExactly("accepted");
    }

    @Test
    void anInvitedSupportBodyIsAskedForAReplyThatIsNeverChasedWhileTheLeadsLateReportIs() {
        Mailbox mailbox = Mailbox.open();
        ProcessInstance report = startReport("2025-Q3", List.of("vhxh", "ubkt"));
        driver.execute(driver.job(report.getId(), "reportWindowOpens"));

        Task request = driver.task(report.getId(), "answerRequest");
        assertThat(driver.candidateGroups(request)).containsExactly("ubkt");
        assertThat(request.getDueDate()).isEqualTo(endOfDay(2025, 9, 15));
        assertThat(driver.formVariables(request).get("contact")).isEqualTo("Công an phường (ca.officer)");
        driver.submit(driver.task(report.getId(), "draftProgressReport"), Map.of("doneWork", "Đã niêm yết"));
        // the report does not wait for the invited body
        assertThat(driver.tasks(report.getId(), "contributeToReport")).extracting(driver::candidateGroups)
                .containsExactly(java.util.Set.of("vhxh"));

        EngineClock.setTo(LocalDateTime.of(2025, 9, 16, 8, 0));
        driver.runDueJobs(report.getId());

        // the lead's report is late and chased; the unanswered request only lapses
        assertThat(mailbox.subjectsTo("ca.head")).hasSize(1);
        assertThat(mailbox.subjectsTo("ubkt.head")).isEmpty();
        assertThat(driver.tasks(report.getId(), "followUpOverdueWork")).extracting(driver::formVariables)
                .extracting(variables -> variables.get("leadUnit")).containsExactly("ca");
        assertThat(driver.tasks(report.getId(), "answerRequest")).isEmpty();
        assertThat(report).hasPassed("requestLapses", "requestsLapsed");
    }

    @Test
    void aLateReportIsChasedByMailAndAReminderForTheOfficeAndCanStillBeCompleted() {
        Mailbox mailbox = Mailbox.open();
        ProcessInstance report = startReport("2025-Q3", List.of("vhxh"));
        driver.execute(driver.job(report.getId(), "reportWindowOpens"));

        // Tuesday 16/09: the report was due on Monday 15/09
        EngineClock.setTo(LocalDateTime.of(2025, 9, 16, 8, 0));
        driver.runDueJobs(report.getId());

        String subject = "Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn – Nhiệm vụ 4 (Công an phường)";
        assertThat(mailbox.subjectsTo("vhxh.head")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("vhxh.officer")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("ca.head")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("ca.officer")).isEmpty();
        Task reminder = driver.task(report.getId(), "followUpOverdueWork");
        assertThat(reminder.getName()).isEqualTo("Đôn đốc việc quá hạn quý III/2025 – Nhiệm vụ 4 (Công an phường)");
        assertThat(driver.candidateGroups(reminder)).containsExactly("vhxh");
        assertThat(reminder.getDueDate()).isEqualTo(endOfDay(2025, 9, 18));
        assertThat(driver.formVariables(reminder).get("escalationReason"))
                .isEqualTo("Báo cáo tiến độ quý III/2025 chưa nộp đúng hạn");

        // the escalation cancels nothing: the officer still drafts and the report goes its way
        Task draft = driver.task(report.getId(), "draftProgressReport");
        driver.submit(draft, Map.of("doneWork", "Nộp muộn"));
        driver.submit(driver.task(report.getId(), "contributeToReport"), Map.of("contribution", "Đã phối hợp"));
        driver.submit(driver.task(report.getId(), "consolidateReport"), Map.of("doneWork", "Nộp muộn"));
        driver.submit(driver.task(report.getId(), "reviewReport"), Map.of("decision", "accepted"));

        // once accepted, the pending reminder has nothing left to chase
        assertThat(report).isEnded();
        assertThat(driver.tasks(report.getId())).isEmpty();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("plan-escalation")
                .processInstanceBusinessKey("KH54-2025-T04").count()).isZero();
    }
}
