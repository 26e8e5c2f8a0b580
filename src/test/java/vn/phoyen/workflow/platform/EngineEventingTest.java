package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.spring.boot.starter.event.PublishDelegateParseListener;
import org.camunda.bpm.spring.boot.starter.event.PublishHistoryEventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** The starter's Spring event bridge is off: no listener on every activity and task, no handler on every history event. */
@EngineTest
class EngineEventingTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void noEngineEventIsPublishedAsASpringEvent() {
        assertThat(configuration.getCustomPostBPMNParseListeners())
                .noneMatch(PublishDelegateParseListener.class::isInstance);
        assertThat(configuration.getCustomHistoryEventHandlers())
                .noneMatch(PublishHistoryEventHandler.class::isInstance);
    }
}
