package vn.phoyen.workflow;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A test that drives process models on the application's engine: camunda-bpm-assert is bound to this engine, and
 * after each test the clock is reset, nobody is logged in and every instance the test left is removed.
 */
@EngineTest
public abstract class ProcessTest {

    @Autowired
    protected ProcessEngine engine;
    @Autowired
    protected RuntimeService runtimeService;

    @BeforeEach
    void bindProcessAssertionsToThisEngine() {
        // camunda-bpm-assert keeps its engine per thread (toolchain note, pitfall 3)
        BpmnAwareTests.init(engine);
    }

    @AfterEach
    void removeInstancesAndResetTheClock() {
        engine.getIdentityService().clearAuthentication();
        EngineClock.reset();
        runtimeService.createProcessInstanceQuery().rootProcessInstances().list()
                .forEach(instance -> runtimeService.deleteProcessInstance(instance.getId(), "test"));
        BpmnAwareTests.reset();
    }

    /** The instance and every instance it called, directly or not, that still run. */
    public static List<String> instanceTree(RuntimeService runtimeService, String rootInstanceId) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> frontier = List.of(rootInstanceId);
        while (!frontier.isEmpty()) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                if (ids.add(id)) {
                    runtimeService.createProcessInstanceQuery().superProcessInstanceId(id).list()
                            .forEach(child -> next.add(child.getId()));
                }
            }
            frontier = next;
        }
        return ids.stream().filter(id -> runtimeService.createProcessInstanceQuery().processInstanceId(id).count() > 0)
                .toList();
    }
}
