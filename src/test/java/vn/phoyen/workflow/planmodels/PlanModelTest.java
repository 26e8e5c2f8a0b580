package vn.phoyen.workflow.planmodels;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/**
 * A test of plan models on the application's engine: the clock starts on the day Kế hoạch 54 took effect,
 * and every instance a test started is removed after it.
 */
@EngineTest
abstract class PlanModelTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    PlanProcessDriver driver;

    @BeforeEach
    void startOnThePlansFirstDay() {
        // camunda-bpm-assert keeps its engine per thread (toolchain note, pitfall 3)
        BpmnAwareTests.init(engine);
        driver = new PlanProcessDriver(engine);
        EngineClock.setTo(PlanProcessDriver.PLAN_LAUNCH);
    }

    @AfterEach
    void removeInstancesAndResetTheClock() {
        engine.getIdentityService().clearAuthentication();
        EngineClock.reset();
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        BpmnAwareTests.reset();
    }
}
