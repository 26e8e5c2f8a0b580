package vn.phoyen.workflow.plan;

/**
 * What a launch did, as the API answers it.
 *
 * @param started        task processes started now
 * @param alreadyRunning tasks left alone because their process was started before (running or finished)
 */
record LaunchResult(int year, int started, int alreadyRunning) {
}
