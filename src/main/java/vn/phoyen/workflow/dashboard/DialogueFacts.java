package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;

/**
 * A dialogue conference and the commitments made at it, as the history tells them; days in Asia/Ho_Chi_Minh.
 *
 * @param conferenceDate null while the conference is not yet planned
 */
record DialogueFacts(String processInstanceId, String caseNumber, LocalDate conferenceDate,
        List<Commitment> commitments) {

    /** @param doneOn the day the commitment's process completed; null while it runs */
    record Commitment(String processInstanceId, String caseNumber, String unit, LocalDate deadline,
            LocalDate doneOn) {
    }
}
