package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** The {@code feedback-routing} decision on its own, without Spring: one rule per contract category. */
class FeedbackRoutingDecisionTest {

    static final File FILE = new File("processes/cases/feedback-routing.dmn");

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    @ParameterizedTest
    @CsvFileSource(resources = "/feedback/routing-expected.csv", delimiter = '|')
    void eachCategoryHasItsLeadSupportAndApprover(String category, String lead, String support, String approver)
            throws IOException {
        DmnDecisionRuleResult result = evaluate(category);

        assertThat(result.<String>getEntry("leadUnit")).isEqualTo(lead);
        assertThat(result.<String>getEntry("supportUnits")).isEqualTo(support);
        assertThat(result.<String>getEntry("approver")).isEqualTo(approver);
    }

    @Test
    void theRulesAreExactlyTheContractCategoriesWithAUniqueHitPolicyAndADiagram() throws IOException {
        DmnModelInstance model = Dmn.readModelFromFile(FILE);
        Decision decision = model.getModelElementById("feedback-routing");
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        DecisionTable table = (DecisionTable) decision.getExpression();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.UNIQUE);
        assertThat(model.getModelElementsByType(InputEntry.class)).extracting(entry -> entry.getText().getTextContent())
                .containsExactlyInAnyOrderElementsOf(FeedbackOpening.CATEGORIES.stream()
                        .map(category -> '"' + category + '"').collect(Collectors.toList()));
        // the Modeler lays out the decision from its DMNDI shape
        assertThat(Files.readString(FILE.toPath())).contains("<dmndi:DMNShape", "dmnElementRef=\"feedback-routing\"");
    }

    @Test
    void anUnknownCategoryMatchesNoRule() throws IOException {
        try (InputStream in = new FileInputStream(FILE)) {
            DmnDecision decision = DMN.parseDecision("feedback-routing", in);
            assertThat(DMN.evaluateDecisionTable(decision, Map.of("category", "bau-cu"))).isEmpty();
        }
    }

    private static DmnDecisionRuleResult evaluate(String category) throws IOException {
        try (InputStream in = new FileInputStream(FILE)) {
            DmnDecision decision = DMN.parseDecision("feedback-routing", in);
            return DMN.evaluateDecisionTable(decision, Variables.createVariables().putValue("category", category))
                    .getSingleResult();
        }
    }
}
