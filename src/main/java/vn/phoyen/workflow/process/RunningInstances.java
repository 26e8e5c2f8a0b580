package vn.phoyen.workflow.process;

/** Whether a process instance still runs: what a record kept for an instance asks when the instance may be gone. */
public interface RunningInstances {

    boolean isRunning(String processInstanceId);
}
