package vn.phoyen.workflow.planmodels;

import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.ProcessTest;

/** A test of plan models: the clock starts on the day Kế hoạch 54 took effect. */
@EngineTest
abstract class PlanModelTest extends ProcessTest {

    @Autowired
    HistoryService historyService;

    PlanProcessDriver driver;

    @BeforeEach
    void startOnThePlansFirstDay() {
        driver = new PlanProcessDriver(engine);
        EngineClock.setTo(PlanProcessDriver.PLAN_LAUNCH);
    }
}
