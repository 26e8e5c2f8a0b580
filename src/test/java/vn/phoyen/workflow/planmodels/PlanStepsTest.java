package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;

/** The steps every plan task shares: assignment, escalation, year-end evaluation. */
class PlanStepsTest extends PlanModelTest {

    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identityService;

    private static Map<String, Object> task4Of(String leadUnit, String leadUnitName) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("planYear", 2025);
        variables.put("taskLabel", "Nhiệm vụ 4");
        variables.put("taskTitle", "Công khai kịp thời, đầy đủ nội dung và hình thức");
        variables.put("leadUnit", leadUnit);
        variables.put("leadUnitName", leadUnitName);
        variables.put("checklist", new ArrayList<>(List.of("Ngân sách cấp xã", "Danh sách hộ nghèo")));
        return variables;
    }

    @Test
    void theHeadsOfTheLeadUnitAssignOneOfItsStaffWithinFiveWorkingDays() {
        ProcessInstance assignment = runtimeService.startProcessInstanceByKey("plan-assignment", "KH54-2025-T04",
                task4Of("ca", "Công an phường"));

        Task task = driver.task(assignment.getId(), "assignResponsibleOfficer");
        assertThat(task.getName()).isEqualTo("Phân công cán bộ phụ trách – Nhiệm vụ 4");
        assertThat(driver.candidateGroups(task)).containsExactly("ca-heads");
        assertThat(task.getAssignee()).isNull();
        // Thursday 11/09/2025 + 5 working days
        assertThat(task.getDueDate()).isEqualTo(endOfDay(2025, 9, 18));
        assertThat(driver.formVariables(task).get("unitStaff")).isEqualTo(List.of(
                Map.of("label", "Hoàng Văn Hải", "value", "ca.head"),
                Map.of("label", "Mai Văn Việt", "value", "ca.officer")));
        // the unit's head sees it in Tasklist; its officers do not
        identityService.setAuthentication("ca.head", List.of("ca", "ca-heads"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        identityService.setAuthentication("ca.officer", List.of("ca"));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        identityService.clearAuthentication();

        driver.submit(task, Map.of("responsibleOfficer", "ca.officer", "milestones", "30/09: niêm yết ngân sách"));

        assertThat(assignment).hasPassed("officerAssigned").isEnded();
    }

    @Test
    void anEscalationMailsTheOfficeAndTheLeadsHeadsAndGivesTheOfficeAFollowUp() {
        Mailbox mailbox = Mailbox.open();
        Map<String, Object> variables = task4Of("kthtdt", "Phòng Kinh tế, Hạ tầng và Đô thị");
        variables.put("escalationReason", "Đã đến hạn hoàn thành");
        variables.put("escalationDeadline", endOfDay(2025, 9, 30));
        EngineClock.setTo(LocalDateTime.of(2025, 10, 1, 0, 0));
        ProcessInstance escalation = runtimeService.startProcessInstanceByKey("plan-escalation", "KH54-2025-T04",
                variables);

        // the mail goes out in a job of its own, so a mail server failure does not undo the timer that raised it
        assertThat(mailbox.subjectsTo("vhxh.head")).isEmpty();
        driver.execute(driver.job(escalation.getId(), "sendOverdueNotice"));

        String subject = "Đã đến hạn hoàn thành – Nhiệm vụ 4 (Phòng Kinh tế, Hạ tầng và Đô thị)";
        assertThat(mailbox.subjectsTo("vhxh.head")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("vhxh.officer")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("kthtdt.head")).containsExactly(subject);
        assertThat(mailbox.subjectsTo("kthtdt.officer")).isEmpty();
        Task followUp = driver.task(escalation.getId(), "followUpOverdueWork");
        assertThat(followUp.getName())
                .isEqualTo("Đôn đốc việc quá hạn – Nhiệm vụ 4 (Phòng Kinh tế, Hạ tầng và Đô thị)");
        assertThat(driver.candidateGroups(followUp)).containsExactly("vhxh");
        // Wednesday 01/10 + 2 working days
        assertThat(followUp.getDueDate()).isEqualTo(endOfDay(2025, 10, 3));
        assertThat(driver.formVariables(followUp).get("leadUnitName")).isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");

        driver.submit(followUp, Map.of("actionTaken", "Đã gửi văn bản đôn đốc số 15/VHXH"));

        assertThat(escalation).hasPassed("sendOverdueNotice", "followUpOverdueWork", "followUpDone").isEnded();
    }

    @Test
    void theLeadAssessesItsYearAndTheOfficeScoresIt() {
        Map<String, Object> variables = task4Of("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam phường");
        variables.put("responsibleOfficer", "mttq.officer");
        variables.put("milestones", "31/12: công khai đủ 4 nội dung");
        EngineClock.setTo(LocalDateTime.of(2025, 12, 17, 9, 0));
        ProcessInstance evaluation = runtimeService.startProcessInstanceByKey("plan-year-end-evaluation",
                "KH54-2025-T04", variables);

        Task self = driver.task(evaluation.getId(), "selfAssessYear");
        assertThat(self.getName()).isEqualTo("Tự đánh giá kết quả năm – Nhiệm vụ 4");
        assertThat(self.getAssignee()).isEqualTo("mttq.officer");
        assertThat(driver.candidateGroups(self)).containsExactly("mttq");
        // Wednesday 17/12/2025 + 10 working days: 18, 19, 22, 23, 24, 25, 26, 29, 30, 31/12
        assertThat(self.getDueDate()).isEqualTo(endOfDay(2025, 12, 31));
        driver.submit(self, Map.of("selfAssessment", "partly", "reasons", "Chưa công khai bảng giá đất"));

        Task score = driver.task(evaluation.getId(), "scoreYearResult");
        assertThat(score.getName())
                .isEqualTo("Chấm điểm kết quả – Nhiệm vụ 4 (Ủy ban Mặt trận Tổ quốc Việt Nam phường)");
        assertThat(driver.candidateGroups(score)).containsExactly("vhxh");
        assertThat(score.getAssignee()).isNull();
        // 18, 19, 22, 23, 24/12
        assertThat(score.getDueDate()).isEqualTo(endOfDay(2025, 12, 24));
        assertThat(driver.formVariables(score).get("selfAssessment")).isEqualTo("partly");
        driver.submit(score, Map.of("score", 70, "assessmentComment", "Cần công khai bảng giá đất"));

        assertThat(evaluation).hasPassed("evaluationDone").isEnded();
    }
}
