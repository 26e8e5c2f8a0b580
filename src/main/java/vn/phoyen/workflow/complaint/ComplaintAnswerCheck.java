package vn.phoyen.workflow.complaint;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener ({@code end}) of the decisive complaint steps: refuses a completion whose answers
 * {@link ComplaintAnswers} finds incomplete, so the task stays open and the caller gets the field named.
 * An execution listener, not a task listener: the engine wraps task listener failures into a generic error.
 */
@Component("complaintAnswerCheck")
class ComplaintAnswerCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // withdrawn, or the case deleted: nothing was answered
            return;
        }
        ComplaintAnswers.problem(execution.getCurrentActivityId(), execution.getVariables()).ifPresent(problem -> {
            throw new BadUserRequestException(problem);
        });
    }
}
