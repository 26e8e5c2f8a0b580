package vn.phoyen.workflow.escalation;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/** "Gửi thông báo quá hạn" of {@code plan-escalation}: the process variables into {@link Escalation}. */
@Component("planEscalationNotice")
class EscalationNotice implements JavaDelegate {

    private final Escalation escalation;

    EscalationNotice(Escalation escalation) {
        this.escalation = escalation;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object deadline = execution.getVariable("escalationDeadline");
        escalation.notifyOverdue(new OverdueNotice((String) execution.getVariable("taskLabel"),
                (String) execution.getVariable("taskTitle"), (String) execution.getVariable("leadUnit"),
                (String) execution.getVariable("escalationReason"),
                deadline instanceof Date date ? ProcessDeadlines.toLocalDate(date) : null));
    }
}
