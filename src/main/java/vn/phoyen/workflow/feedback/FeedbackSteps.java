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
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * The {@code feedback} model's steps (bean {@code feedbackSteps}, e.g. {@code ${feedbackSteps.publish(execution)}}):
 * each reads the case's variables, makes one call to {@link FeedbackFlow} and sets what the model needs next.
 */
@Component("feedbackSteps")
public class FeedbackSteps {

    /** Working days the sender has to add to web feedback when the receiving office asks for more. */
    static final int ADDITION_DAYS = 5;

    private final FeedbackFlow flow;
    private final ProcessDeadlines calendar;

    FeedbackSteps(FeedbackFlow flow, ProcessDeadlines calendar) {
        this.flow = flow;
        this.calendar = calendar;
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
                text(execution, "answer"), text(execution, "senderReply"), now);
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

    /**
     * Triage asked the sender for more: the notice with its time limit ({@code additionDueDate}, the end of the
     * day {@value #ADDITION_DAYS} working days from now) goes to the residents' page.
     */
    public void askForMore(DelegateExecution execution) {
        Date due = calendar.workingDaysFromNow(ADDITION_DAYS);
        execution.setVariable("additionDueDate", due);
        flow.askForMore(execution.getProcessInstanceId(), text(execution, "triageNotice"),
                ProcessDeadlines.toLocalDate(due));
    }

    /** The sender's addition ({@code addition}, from the residents' page) is added to the content for the next triage. */
    public void added(DelegateExecution execution) {
        String addition = text(execution, "addition");
        String day = ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime()).format(WorkingCalendar.DAY);
        execution.setVariable("content", text(execution, "content") + "\n\n[Người gửi bổ sung ngày " + day + "] "
                + addition);
        execution.removeVariable("addition");
        flow.added(execution.getProcessInstanceId());
    }

    public void noAddition(DelegateExecution execution) {
        flow.noAddition(execution.getProcessInstanceId(), "Hồ sơ kết thúc vì phường không nhận được nội dung bổ sung "
                + "trong thời hạn. Nếu vẫn cần, bạn có thể gửi phản ánh mới với đầy đủ thông tin.");
    }

    public void reject(DelegateExecution execution) {
        flow.reject(execution.getProcessInstanceId(), text(execution, "triageNotice"));
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
