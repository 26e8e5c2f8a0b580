package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * The {@code feedback} model's steps (bean {@code feedbackSteps}, e.g. {@code ${feedbackSteps.publish(execution)}}):
 * each reads the case's variables, makes one call to {@link FeedbackFlow} and sets what the model needs next.
 */
@Component("feedbackSteps")
public class FeedbackSteps {

    private final FeedbackFlow flow;

    FeedbackSteps(FeedbackFlow flow) {
        this.flow = flow;
    }

    /** Intake: the read model row; {@code possibleDuplicateOf} (a case number, or null) for the receiving office. */
    public void register(DelegateExecution execution) {
        Optional<FeedbackRecords.Row> duplicate = flow.register(new FeedbackFlow.NewCase(
                execution.getProcessInstanceId(), execution.getProcessBusinessKey(), text(execution, "trackingCode"),
                text(execution, "category"), text(execution, "title"), text(execution, "content"),
                text(execution, "senderName"), text(execution, "senderContact"), text(execution, "leadUnit"),
                ProcessDeadlines.toLocalDate(execution.getVariable("receivedDate")),
                ProcessDeadlines.toLocalDate(execution.getVariable("answerDueDate"))));
        execution.setVariable("possibleDuplicateOf", duplicate.map(FeedbackRecords.Row::caseNumber).orElse(null));
        execution.setVariable("possibleDuplicateTitle", duplicate.map(FeedbackRecords.Row::title).orElse(null));
        execution.setVariable("contributions", new ArrayList<>());
    }

    public void assigned(DelegateExecution execution) {
        flow.inProgress(execution.getProcessInstanceId());
    }

    public void merge(DelegateExecution execution) {
        flow.merge(execution.getProcessInstanceId(), text(execution, "possibleDuplicateOf"));
    }

    public void publish(DelegateExecution execution) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        FeedbackFlow.Publication publication = flow.publish(execution.getProcessInstanceId(),
                text(execution, "answer"), now);
        execution.setVariable("publishedAt", Date.from(now));
        execution.setVariable("ratingClosesAt",
                publication.ratingClosesAt() == null ? null : Date.from(publication.ratingClosesAt()));
        execution.setVariable("phoneCalls",
                new ArrayList<>(publication.phoneCalls().stream().map(FeedbackFlow.PhoneCall::asRecord).toList()));
    }

    public void rated(DelegateExecution execution) {
        Object comment = execution.getVariable("ratingComment");
        flow.rated(execution.getProcessInstanceId(), ((Number) execution.getVariable("ratingScore")).intValue(),
                comment == null ? "" : comment.toString(), ClockUtil.getCurrentTime().toInstant());
    }

    public void underReview(DelegateExecution execution) {
        flow.underReview(execution.getProcessInstanceId());
    }

    /** Sent back after review: the answer is due again within the service standard, counted from today. */
    public void reopen(DelegateExecution execution) {
        LocalDate due = flow.reopen(execution.getProcessInstanceId(),
                ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime()));
        execution.setVariable("answerDueDate", ProcessDeadlines.endOf(due));
    }

    /** The case ends (also when an administrator deletes it): closed, unless it was merged. */
    public void close(DelegateExecution execution) {
        flow.close(execution.getProcessInstanceId());
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString();
    }
}
