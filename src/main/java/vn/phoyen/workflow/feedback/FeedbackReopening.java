package vn.phoyen.workflow.feedback;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code reopenAnswer}: sent back after review, the answer is due again ({@code answerDueDate})
 * within the service standard, counted from today.
 */
@Component("feedbackReopening")
class FeedbackReopening implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackReopening(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate due = flow.reopen(execution.getProcessInstanceId(), WardClock.today());
        execution.setVariable("answerDueDate", ProcessDeadlines.endOf(due));
    }
}
