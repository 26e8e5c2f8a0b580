package vn.phoyen.workflow.feedback;

import static vn.phoyen.workflow.feedback.CaseVariables.text;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * Service task {@code registerFeedback}: the case's row in the read model; {@code possibleDuplicateOf} and
 * {@code possibleDuplicateTitle} (the open case of the same category it most likely repeats) for the receiving office,
 * set only when there is one (two variables less per case, each a row and its history). The support units'
 * {@code contributions} list begins with the first contribution; a case without support units has none.
 */
@Component("feedbackRegistration")
class FeedbackRegistration implements JavaDelegate {

    private final FeedbackFlow flow;

    FeedbackRegistration(FeedbackFlow flow) {
        this.flow = flow;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Optional<FeedbackRecords.OpenCase> duplicate = flow.register(new FeedbackFlow.NewCase(
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), text(execution, "trackingCode"),
                text(execution, "category"), text(execution, "title"), text(execution, "content"),
                text(execution, "senderName"), text(execution, "senderContact"), text(execution, "leadUnit"),
                ProcessDeadlines.toLocalDate(execution.getVariable("receivedDate")),
                ProcessDeadlines.toLocalDate(execution.getVariable("answerDueDate"))));
        duplicate.ifPresent(original -> {
            execution.setVariable("possibleDuplicateOf", original.caseNumber());
            execution.setVariable("possibleDuplicateTitle", original.title());
        });
    }
}
