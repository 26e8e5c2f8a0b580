package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** The engine's decisions are evaluated through {@link FeelLiteralsPlugin.LiteralsFirst}, with the same results. */
@EngineTest
class FeelLiteralsPluginTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;
    @Autowired
    DecisionService decisions;

    @Test
    void theRoutingDecisionIsEvaluatedLiteralsFirst() {
        assertThat(configuration.getDmnEngineConfiguration().getFeelEngine())
                .isInstanceOf(FeelLiteralsPlugin.LiteralsFirst.class);

        assertThat(decisions.evaluateDecisionTableByKey("feedback-routing",
                Variables.createVariables().putValue("category", "dat-dai")).getSingleResult().getEntryMap())
                .containsEntry("leadUnit", "kthtdt").containsEntry("supportUnits", "ttdvth")
                .containsEntry("approver", "lanhdao");
    }
}
