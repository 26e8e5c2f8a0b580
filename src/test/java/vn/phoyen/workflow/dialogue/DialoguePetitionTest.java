package vn.phoyen.workflow.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.phoyen.workflow.dialogue.DialogueDriver.row;
import static vn.phoyen.workflow.dialogue.DialogueDriver.rows;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * A conference opened on the residents' petition records it and needs the ward's number of signatures
 * ({@code ward.dialogue.petition-signatures}, 300 by default); the results go to every residential group's head and,
 * where the office decided so, to a named media outlet.
 */
@EngineTest
class DialoguePetitionTest extends ProcessTest {

    private DialogueDriver driver;

    @BeforeEach
    void startOnAThursdayInSeptember2025() {
        driver = new DialogueDriver(engine);
        EngineClock.setTo(LocalDateTime.of(2025, 9, 11, 9, 0));
    }

    @Test
    void aPetitionBelowTheWardsNumberOfSignaturesIsRefusedNamingTheField() {
        assertThatThrownBy(() -> startOnPetition(299)).hasMessageContaining("petitionSignatures")
                .hasMessageContaining("cần ít nhất 300 chữ ký");
        assertThatThrownBy(() -> startOnPetition(null)).hasMessageContaining("Thiếu số chữ ký của cử tri");
        Map<String, Object> noSummary = petition(400);
        noSummary.put("petitionSummary", " ");
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("dialogue", noSummary))
                .hasMessageContaining("petitionSummary");
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("dialogue").count()).isZero();
    }

    @Test
    void aPetitionWithEnoughSignaturesOpensTheConferenceAndIsRecorded() {
        ProcessInstance dialogue = startOnPetition(300);

        assertThat(dialogue).hasPassed("dialogueRequested").isWaitingAt("planDialogue");
        Map<String, Object> variables = runtimeService.getVariables(dialogue.getId());
        assertThat(variables).containsEntry("dialogueOrigin", "petition").containsEntry("petitionSignatures", 300)
                .containsEntry("petitionSummary", "Đề nghị đối thoại về việc thu hồi đất làm đường vành đai");
        assertThat(variables.get("petitionDate")).isEqualTo(EngineClock.at(LocalDateTime.of(2025, 9, 8, 0, 0)));
    }

    @Test
    void theResultsGoToEveryGroupsHeadAndToTheMediaNamed() {
        ProcessInstance dialogue = runtimeService.startProcessInstanceByKey("dialogue");
        String id = dialogue.getId();
        String group = driver.prepareConference(id, "2025-10-16", "2025-10-08", "Ngõ 3 ngập úng khi mưa", "kthtdt",
                "Nạo vét cống ngõ 3");
        driver.submit(driver.task(id, "recordDialogue"), Map.of("attendees", 80, "issues", rows(row("number", 1,
                "residentialGroup", group, "content", "Ngõ 3 ngập úng khi mưa", "unit", "kthtdt", "preparedAnswer",
                "Nạo vét cống ngõ 3", "answer", "Nạo vét trước 31/12")), "commitments", rows(row())));

        assertThat(dialogue).isWaitingAt("publishDialogueResults");
        Task publication = driver.task(id, "publishDialogueResults");
        Map<String, Object> results = new HashMap<>(Map.of("resultsPublishedOn", "2025-10-24",
                "resultsPublishedWhere", new ArrayList<>(List.of("tru-so-ubnd")), "resultsSentToGroupHeads", true,
                "resultsSentToMedia", true));
        assertThatThrownBy(() -> driver.submit(publication, results)).hasMessageContaining("mediaOutlet");
        results.put("resultsSentToGroupHeads", false);
        results.put("mediaOutlet", "Báo Thái Nguyên");
        assertThatThrownBy(() -> driver.submit(publication, results)).hasMessageContaining("resultsSentToGroupHeads");
        results.put("resultsSentToGroupHeads", true);

        driver.submit(publication, results);

        assertThat(dialogue).hasPassed("publishDialogueResults", "dialogueClosed").isEnded();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(id)
                .variableName("resultsRecipients").singleResult().getValue()).asList().containsExactly(
                        "Tổ trưởng Tổ dân phố số 1", "Tổ trưởng Tổ dân phố số 2", "Tổ trưởng Tổ dân phố số 3",
                        "Tổ trưởng Tổ dân phố số 4", "Báo Thái Nguyên");
    }

    private ProcessInstance startOnPetition(Integer signatures) {
        return runtimeService.startProcessInstanceByKey("dialogue", petition(signatures));
    }

    private static Map<String, Object> petition(Integer signatures) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("dialogueOrigin", "petition");
        variables.put("petitionDate", "2025-09-08");
        variables.put("petitionSummary", "Đề nghị đối thoại về việc thu hồi đất làm đường vành đai");
        variables.put("petitionSignatures", signatures);
        return variables;
    }
}
