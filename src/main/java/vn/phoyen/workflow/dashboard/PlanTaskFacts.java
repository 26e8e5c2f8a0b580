package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A plan task's process as the history tells it; days are days in Asia/Ho_Chi_Minh.
 *
 * @param startedOn        null when the task's process was never started
 * @param doneOn           the day the task's process completed; null while it runs
 * @param reportingPeriods the period codes each lead unit reports on, e.g. {@code 2025-Q3}
 * @param reports          the reporting cycles started so far, one per lead unit and period
 */
record PlanTaskFacts(String processInstanceId, LocalDate startedOn, LocalDate doneOn, List<String> leadUnits,
        List<String> reportingPeriods, List<Report> reports) {

    static PlanTaskFacts notStarted() {
        return new PlanTaskFacts(null, null, null, List.of(), List.of(), List.of());
    }

    /**
     * One lead unit's report on one period: when it was first submitted and when accepted (null while not), and
     * what it says was done.
     */
    record Report(String leadUnit, String period, LocalDate submittedOn, LocalDate acceptedOn, String doneWork) {
    }
}
