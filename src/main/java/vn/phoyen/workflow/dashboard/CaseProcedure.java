package vn.phoyen.workflow.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * A procedure as the figures name it, and where its model keeps what the counting needs: the variable with the day the case was received, the
 * unit that handles it, the activities that mark its resolution and which deadline variable applies.
 *
 * @param unitVariable         the variable naming the lead unit, or null when the model gives every case to
 *                             {@code fixedUnit}
 * @param resolutionActivities reaching any of them resolves the case (the earliest counts)
 * @param dueVariable          the name of the deadline variable that applies, given the case's variables; null when
 *                             the procedure sets no deadline
 */
record CaseProcedure(String processKey, String name, String receivedVariable, String unitVariable, String fixedUnit,
        List<String> resolutionActivities, List<String> variables,
        Function<Map<String, Object>, String> dueVariable) {

    /** The unit the models hand complaints, denunciations and receptions to (their tasks' candidate group). */
    static final String RECEIVING_OFFICE = "vp";

    /** In the order reports list them. */
    static final List<CaseProcedure> ALL = List.of(
            // resolved: the Chairman signed the decision, or the intake refused the complaint or guided it to the
            // competent body with a notice (complaintPassedOn: the same end before it was renamed); until accepted the
            // acceptance deadline applies, after it the resolution deadline
            new CaseProcedure("complaint", "Khiếu nại", "receivedDate", null, RECEIVING_OFFICE,
                    List.of("decisionSigned", "complaintRefused", "complaintGuided", "complaintPassedOn"),
                    List.of("receivedDate", "acceptanceDueDate", "resolutionDueDate"),
                    variables -> variables.get("resolutionDueDate") != null ? "resolutionDueDate"
                            : "acceptanceDueDate"),
            // resolved: the conclusion signed (publication follows), the denouncer notified of a refusal, a transfer
            // or a termination, or anonymous information handled; the initial processing's deadline (extended once)
            // until accepted, the resolution deadline (as extended) after it
            new CaseProcedure("denunciation", "Tố cáo", "receivedDate", null, RECEIVING_OFFICE,
                    List.of("publishConclusion", "denunciationClosed", "denunciationTransferred",
                            "denunciationTerminated", "informationHandled"),
                    List.of("receivedDate", "acceptanceDueDate", "extendedAcceptanceDueDate", "initialExtended",
                            "resolutionDueDate"),
                    variables -> variables.get("resolutionDueDate") != null ? "resolutionDueDate"
                            : Boolean.TRUE.equals(variables.get("initialExtended")) ? "extendedAcceptanceDueDate"
                            : "acceptanceDueDate"),
            // resolved: the approved answer published to the resident
            new CaseProcedure("feedback", "Phản ánh, kiến nghị", "receivedDate", "leadUnit", null, List.of("publishAnswer"),
                    List.of("receivedDate", "answerDueDate", "leadUnit"), variables -> "answerDueDate"),
            // a reception ends when each matter was answered or passed to its own case; no deadline of its own
            new CaseProcedure("citizen-reception", "Tiếp công dân", "receptionDate", null, RECEIVING_OFFICE, List.of("receptionEnded"),
                    List.of("receptionDate"), variables -> null));

    LocalDate receivedOn(Map<String, Object> variables) {
        Object received = variables.get(receivedVariable);
        return received == null ? null : ProcessDeadlines.toLocalDate(received);
    }

    LocalDate dueOn(Map<String, Object> variables) {
        String name = dueVariable.apply(variables);
        Object due = name == null ? null : variables.get(name);
        return due == null ? null : ProcessDeadlines.toLocalDate(due);
    }

    String unit(Map<String, Object> variables) {
        return unitVariable == null ? fixedUnit : (String) variables.get(unitVariable);
    }
}
