package vn.phoyen.workflow.platform;

import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * A task listener the engine attaches to every user task of every model at parse time, so a rule that
 * holds for all tasks (who may see the case, when it counts as due soon) is not repeated in each model.
 */
public interface EveryUserTaskListener extends TaskListener {

    /** The task events to listen to, e.g. {@link TaskListener#EVENTNAME_CREATE}. */
    java.util.List<String> events();
}
