package vn.phoyen.workflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineClock;
import vn.phoyen.workflow.EngineTest;

/** Models reach the ward calendar through the bean {@code wardCalendar}, for due dates and for timers. */
@EngineTest
class DeadlinesInProcessesTest {

    @Autowired
    RuntimeService runtimeService;
    @Autowired
    TaskService taskService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void resetClock() {
        EngineClock.reset();
    }

    @Test
    void aTimerWaitsForTheStatutoryDeadlineCountedInWorkingDaysAndThenFires() {
        // feedback is answered within 10 working days; received on Tuesday 10/02/2026 before Tết
        EngineClock.setTo(LocalDateTime.of(2026, 2, 10, 9, 0));
        ProcessInstance instance = runtimeService.startProcessInstanceByKey("plan-fixture",
                Map.of("leadUnit", "ca", "receivedDate", "2026-02-10"));
        taskService.complete(taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        // 11, 12, 13/02, then 23, 24, 25, 26, 27/02, 02 and 03/03
        assertThat(timer.getDuedate()).isEqualTo(EngineClock.at(LocalDateTime.of(2026, 3, 3, 23, 59, 59)));
        assertThat(instance).isWaitingAt("answerDeadline");

        managementService.executeJob(timer.getId());

        assertThat(instance).hasPassed("answerDeadline").isEnded();
    }
}
