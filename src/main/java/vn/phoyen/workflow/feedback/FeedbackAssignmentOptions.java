package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.StaffDirectory;

/**
 * Create listener of {@code assignOfficer}: the head chooses the answering officer among the lead unit's staff
 * ({@code unitStaff}, the form's options). The list is the task's own variable, gone with the task; as an input
 * parameter it made the step a scope of its own (ADR 0015).
 */
@Component("feedbackAssignmentOptions")
class FeedbackAssignmentOptions implements TaskListener {

    private final StaffDirectory staff;

    FeedbackAssignmentOptions(StaffDirectory staff) {
        this.staff = staff;
    }

    @Override
    public void notify(DelegateTask task) {
        task.setVariableLocal("unitStaff", staff.memberOptions((String) task.getVariable("leadUnit")));
    }
}
