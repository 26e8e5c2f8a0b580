package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/**
 * A {@code feedback} case is routed by its category: the lead unit's heads assign the answer, support units and
 * approver are kept.
 */
@EngineTest
class FeedbackRoutingProcessTest extends ProcessTest {

    @Autowired
    TaskService taskService;
    @Autowired
    HistoryService historyService;

    @ParameterizedTest
    @CsvFileSource(resources = "/feedback/routing-expected.csv", delimiter = '|')
    void theLeadUnitsHeadsAssignTheCategorysFeedback(String category, String lead, String support, String approver) {
        // a text of its own per category and run, so no case is flagged as repeating another
        ProcessInstance feedback = runtimeService.startProcessInstanceByKey("feedback", Map.of(
                "receivedDate", "2026-03-06", "channel", "portal", "category", category, "title", "Phản ánh " + category,
                "content", "Nội dung phản ánh " + System.nanoTime(), "senderName", "Phạm Văn Minh",
                "senderContact", "0912 345 678"));

        assertThat(feedback).hasPassed("routeFeedback").isWaitingAt("assignOfficer");
        Task assignment = taskService.createTaskQuery().processInstanceId(feedback.getId())
                .taskDefinitionKey("assignOfficer").singleResult();
        assertThat(taskService.getIdentityLinksForTask(assignment.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType())).map(IdentityLink::getGroupId))
                .containsExactly(lead + "-heads");

        Map<String, Object> variables = runtimeService.getVariables(feedback.getId());
        assertThat(variables).containsEntry("leadUnit", lead).containsEntry("approver", approver);
        assertThat(variables.get("supportUnits")).isEqualTo(support);
        // the decision's raw result is read on the routing task and kept nowhere, not even in history
        assertThat(variables).doesNotContainKeys("routing", "decisionResult");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(feedback.getId())
                .variableNameIn("routing", "decisionResult").count()).isZero();
    }
}
