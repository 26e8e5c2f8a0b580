package vn.phoyen.workflow.plan;

import java.util.Collection;
import java.util.Map;

/** Where the launcher starts plan task processes: the engine in the application, a fake in tests. */
interface PlanTaskStarter {

    /** Whether one of the processes already has an instance with this business key, running or finished. */
    boolean hasInstance(Collection<String> processKeys, String businessKey);

    void start(String processKey, String businessKey, Map<String, Object> variables);
}
