package vn.phoyen.workflow.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * The branches of a reception that open a complaint or a denunciation, against the real {@code complaint} and
 * {@code denunciation} models: the case starts with the visitor as complainant or denouncer and links back.
 */
@EngineTest
class ReceptionLinkedCasesTest extends ProcessTest {

    @Autowired
    TaskService taskService;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @BeforeEach
    void onAReceptionDay() {
        EngineClock.setTo(CitizenReceptionTest.RECEPTION_DAY);
    }

    @Test
    void aComplaintRaisedAtTheReceptionOpensAComplaintCase() {
        ProcessInstance reception = receptionWithOneMatter(Map.of("matterSummary",
                "Khiếu nại quyết định thu hồi đất", "handling", "complaint",
                "content", "Không đồng ý mức bồi thường của Quyết định 12/QĐ-UBND", "moreMatters", false));

        ProcessInstance complaint = linkedCase(reception, "complaint");
        assertThat(complaint.getBusinessKey()).matches("KN-2026-\\d{4}");
        assertThat(runtimeService.getVariables(complaint.getId())).containsEntry("complainantName", "Nguyễn Thị Lan")
                .containsEntry("subject", "Khiếu nại quyết định thu hồi đất").containsEntry("receivedDate", "2026-03-06")
                .containsKey("acceptanceDueDate");
        assertThat(linkedCases(reception)).isEqualTo(List.of(complaint.getBusinessKey()));
    }

    /** Law 25/2018 Art. 47 ff.: the denunciation opens, linked to the reception in the denouncer's vault only. */
    @Test
    void aDenunciationRaisedAtTheReceptionOpensADenunciationCaseLinkedOnlyInTheVault() {
        ProcessInstance reception = receptionWithOneMatter(Map.of("matterSummary", "Tố cáo cán bộ nhận tiền",
                "handling", "denunciation", "accusedName", "Trần Văn B", "accusedUnit", "kthtdt",
                "moreMatters", false));

        String denunciationId = jdbc.queryForObject("SELECT process_instance_id FROM ward_denouncer_visit "
                + "WHERE reception_case = ?", String.class, reception.getBusinessKey());
        ProcessInstance denunciation = runtimeService.createProcessInstanceQuery().processInstanceId(denunciationId)
                .singleResult();
        assertThat(denunciation.getBusinessKey()).matches("TC-2026-\\d{4}");
        assertThat(runtimeService.getVariables(denunciation.getId())).containsEntry("accusedUnit", "kthtdt")
                .containsKey("acceptanceDueDate").doesNotContainKeys("receptionCase", "denouncerReceptionCase");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("denunciation")
                .variableValueEquals("receptionCase", reception.getBusinessKey()).count()).isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(reception.getId()).variableName("linkedCases").count()).isZero();
    }

    private ProcessInstance receptionWithOneMatter(Map<String, Object> matter) {
        ProcessInstance reception = runtimeService.startProcessInstanceByKey("citizen-reception",
                CitizenReceptionTest.visit());
        taskService.complete(task(reception, "recordVisit").getId(), Map.of("visitContent", "Nội dung trình bày"));
        taskService.complete(task(reception, "handleMatter").getId(), matter);
        assertThat(reception).hasPassed("openLinkedCase").isEnded();
        return reception;
    }

    private ProcessInstance linkedCase(ProcessInstance reception, String key) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(key)
                .variableValueEquals("receptionCase", reception.getBusinessKey()).singleResult();
    }

    private Object linkedCases(ProcessInstance reception) {
        return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(reception.getId())
                .variableName("linkedCases").singleResult().getValue();
    }

    private Task task(ProcessInstance instance, String key) {
        return taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key).singleResult();
    }
}
