package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.plan.work.ResidentialGroupVacancies;
import vn.phoyen.workflow.process.Refusal;

/** A leader's post fallen vacant mid-term: the office names the group, the group elects, the Chairman recognises. */
class PlanGroupLeaderVacancyTest extends PlanModelTest {

    @Autowired
    ResidentialGroupVacancies vacancies;

    @Test
    void aReportedVacancyStartsTheGroupsElectionEndingWithRecognitionThenPublication() {
        String id = vacancies.report("Tổ dân phố số 3", 2025, "Tổ trưởng chuyển nơi ở");
        ProcessInstance election = runtimeService.createProcessInstanceQuery().processInstanceId(id).singleResult();
        assertThat(election.getBusinessKey()).isEqualTo("BTT-2025-tdp-3");

        Task minutes = driver.task(id, "recordElection");
        assertThat(driver.candidateGroups(minutes)).containsExactly("mttq");
        assertThat(driver.formVariables(minutes).get("residentialGroup")).isEqualTo("Tổ dân phố số 3");
        assertThat(driver.formVariables(minutes).get("taskTitle"))
                .isEqualTo("Tổ trưởng Tổ dân phố số 3 khuyết: Tổ trưởng chuyển nơi ở");
        driver.submit(minutes, driver.plausibleAnswers(minutes));

        Task recognition = driver.task(id, "recognizeElection");
        assertThat(driver.candidateGroups(recognition)).containsExactly("lanhdao");
        driver.submit(recognition, Map.of("recognitionNumber", "140/QĐ-UBND", "recognizedOn", "2025-10-20"));
        driver.submit(driver.task(id, "publishElectionResult"), driver.plausibleAnswers(driver.task(id, "publishElectionResult")));

        assertThat(election).hasPassed("vacancyReported", "recordElection", "recognizeElection", "publishElectionResult")
                .isEnded();
    }

    @Test
    void aVacancyInAGroupTheWardDoesNotHaveIsRefusedByName() {
        assertThatThrownBy(() -> vacancies.report("Tổ dân phố số 9", 2025, "Tổ trưởng từ chức"))
                .isInstanceOf(Refusal.class)
                .hasMessage("Tổ dân phố ('group'): không có tổ 'Tổ dân phố số 9' trong danh sách tổ dân phố của phường");
    }

    @Test
    void aReasonTooLongOrWithControlCharactersIsRefusedNamingTheField() {
        String group = "Tổ dân phố số 1";
        assertThatThrownBy(() -> vacancies.report(group, 2025, "x".repeat(201))).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("Lý do khuyết ('reason'): tối đa 200 ký tự");
        assertThatThrownBy(() -> vacancies.report(group, 2025, "Từ chức\u0000")).isInstanceOf(Refusal.class)
                .hasMessageContaining("không chứa ký tự điều khiển");
        assertThatThrownBy(() -> vacancies.report(group, 2025, " ")).isInstanceOf(Refusal.class)
                .hasMessageStartingWith("Lý do khuyết ('reason'): cần ghi");
    }
}
