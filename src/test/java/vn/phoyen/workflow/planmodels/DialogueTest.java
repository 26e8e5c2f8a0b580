package vn.phoyen.workflow.planmodels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.planmodels.PlanProcessDriver.endOfDay;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.plan.dialogue.DialogueSchedule;

/** A dialogue conference with residents: announced at least 7 days ahead, results public within 10 days. */
class DialogueTest extends PlanModelTest {

    @Autowired
    DialogueSchedule dialogueSchedule;

    @Test
    void theOfficePlansAnnouncesRecordsAndPublishesTheConferenceOnTheLegalDates() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");

        Task plan = driver.task(dialogue.getId(), "planDialogue");
        // started on its own, outside a plan task: the model's name as it is
        assertThat(plan.getName()).isEqualTo("Lập kế hoạch hội nghị đối thoại");
        assertThat(driver.candidateGroups(plan)).containsExactly("vp");
        assertThat(plan.getDueDate()).isEqualTo(endOfDay(2025, 9, 25));
        // Thursday 20/11/2025
        driver.submit(plan, Map.of("conferenceDate", "2025-11-20", "place", "Nhà văn hóa tổ dân phố Ba Hàng",
                "chair", "Chủ tịch UBND phường"));

        Task notice = driver.task(dialogue.getId(), "announceDialogue");
        assertThat(driver.candidateGroups(notice)).containsExactly("vp");
        // 7 days before: Thursday 13/11
        assertThat(notice.getDueDate()).isEqualTo(endOfDay(2025, 11, 13));
        driver.submit(notice, Map.of("noticedOn", "2025-11-12"));

        Task minutes = driver.task(dialogue.getId(), "recordDialogue");
        assertThat(driver.candidateGroups(minutes)).containsExactly("vp");
        // 2 working days after the conference: Monday 24/11
        assertThat(minutes.getDueDate()).isEqualTo(endOfDay(2025, 11, 24));
        driver.submit(minutes, Map.of("issuesRaised", "Ngập úng", "answers", "Nạo vét cống",
                "commitments", "Nạo vét trước 31/12"));

        Task publication = driver.task(dialogue.getId(), "publishDialogueResults");
        assertThat(driver.candidateGroups(publication)).containsExactly("vp");
        // 10 days after 20/11 is Sunday 30/11, so Monday 01/12
        assertThat(publication.getDueDate()).isEqualTo(endOfDay(2025, 12, 1));
        driver.submit(publication, Map.of("resultsPublishedOn", "2025-11-28"));

        assertThat(dialogue).hasPassed("dialogueResultsPublished").isEnded();
    }

    @Test
    void aNoticeDueOnADayOffMustGoOutOnTheWorkingDayBefore() {
        // a Sunday conference: 7 days before is Sunday 16/11, so the notice is due on Friday 14/11
        assertThat(dialogueSchedule.noticeDue("2025-11-23")).isEqualTo(endOfDay(2025, 11, 14));
        // 7 days before Tuesday 09/09 is Tuesday 02/09, National Day: Friday 29/08
        assertThat(dialogueSchedule.noticeDue("2025-09-09")).isEqualTo(endOfDay(2025, 8, 29));
    }
}
