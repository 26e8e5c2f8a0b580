package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Execution listener ({@code end}) of the decisive feedback steps: refuses a completion whose answers
 * {@link FeedbackAnswers} finds incomplete, so the task stays open and the caller gets the field named.
 */
@Component("feedbackAnswerCheck")
class FeedbackAnswerCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        FeedbackAnswers.problem(execution.getCurrentActivityId(), execution.getVariables()).ifPresent(problem -> {
            throw new BadUserRequestException(problem);
        });
    }
}
