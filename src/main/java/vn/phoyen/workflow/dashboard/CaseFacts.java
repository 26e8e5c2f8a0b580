package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;

/**
 * One case as the history tells it, reduced to what the counting needs; days are days in Asia/Ho_Chi_Minh.
 *
 * @param unit       the unit leading or handling the case (group id)
 * @param dueOn      the last allowed day of the step the case is in or was resolved in; null when the procedure sets
 *                   none (a citizen reception)
 * @param resolvedOn the day the resolution step was done; null while it is not
 * @param closedOn   the day the case ended without a resolution (withdrawn, merged); null otherwise
 */
record CaseFacts(String processKey, String caseNumber, String processInstanceId, String unit, LocalDate receivedOn,
        LocalDate dueOn, LocalDate resolvedOn, LocalDate closedOn) {
}
