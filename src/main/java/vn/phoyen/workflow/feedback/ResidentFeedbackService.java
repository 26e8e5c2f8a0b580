package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * The residents' use cases on the {@code feedback} process: starts cases and correlates ratings through the engine,
 * answers every question from the read model ({@link FeedbackRecords}).
 */
@Service
class ResidentFeedbackService implements ResidentFeedback {

    /** Camunda keeps a String variable in a column of 4,000 characters: the content with its additions fits in it. */
    static final int ADDED_CONTENT_LENGTH = 4000;
    /** "\n\n[Người gửi bổ sung ngày dd/MM/yyyy] " */
    static final int ADDITION_HEADER = 40;

    private final WorkingCalendar calendar;
    private final RuntimeService runtime;
    private final FeedbackRecords records;
    private final Organization organization;

    ResidentFeedbackService(RuntimeService runtime, FeedbackRecords records, Organization organization,
            WorkingCalendar calendar) {
        this.calendar = calendar;
        this.runtime = runtime;
        this.records = records;
        this.organization = organization;
    }

    @Override
    public Receipt submit(NewFeedback feedback) {
        LocalDate today = WardClock.today();
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivedDate", today.toString());
        variables.put("channel", "web");
        variables.put("category", feedback.category());
        variables.put("title", feedback.title());
        variables.put("content", feedback.content());
        variables.put("senderName", feedback.senderName());
        variables.put("senderContact", feedback.senderContact());
        // refused here with the field named (CaseStartException), before the engine is involved
        FeedbackOpening.check(new StartVariables(variables), today);
        variables.replaceAll((name, value) -> value instanceof String text ? text.strip() : value);
        ProcessInstance started = runtime.startProcessInstanceByKey("feedback", variables);
        FeedbackRecords.Row row = records.byProcessInstance(started.getId()).orElseThrow();
        return new Receipt(TrackingCodes.display(row.trackingCode()), row.dueDate(), dueDateNote(row.dueDate()));
    }

    /** Due dates are counted forwards, so one in a provisional year was counted on its provisional days. */
    private String dueDateNote(LocalDate dueDate) {
        return calendar.isProvisional(dueDate.getYear()) ? WorkingCalendar.PROVISIONAL : null;
    }

    @Override
    public Optional<CaseStatus> status(String trackingCode) {
        return TrackingCodes.normalize(trackingCode).flatMap(records::byTrackingCode).map(row -> {
            FeedbackRecords.Row answered = row.status() == FeedbackStatus.MERGED
                    ? records.byCaseNumber(row.mergedInto()).orElse(row) : row;
            return new CaseStatus(row.caseNumber(), row.status().code(), row.status().label(), answered.dueDate(),
                    dueDateNote(answered.dueDate()), answered.answer(), rateable(row, now()),
                    records.notice(row.processInstanceId()).orElse(null), row.title());
        });
    }

    @Override
    public RatingOutcome rate(String trackingCode, int score, String comment) {
        if (score < 1 || score > 5) {
            throw new IllegalArgumentException("Điểm đánh giá (score) phải từ 1 đến 5");
        }
        String note = comment == null ? "" : comment.strip();
        if (note.length() > COMMENT_LENGTH) {
            throw new IllegalArgumentException("Ý kiến (comment) dài quá " + COMMENT_LENGTH + " ký tự");
        }
        Optional<FeedbackRecords.Row> row = TrackingCodes.normalize(trackingCode).flatMap(records::byTrackingCode);
        if (row.isEmpty()) {
            return RatingOutcome.UNKNOWN_CODE;
        }
        if (!rateable(row.get(), now())) {
            return RatingOutcome.NOT_OPEN_FOR_RATING;
        }
        try {
            runtime.createMessageCorrelation("feedbackRated").processInstanceId(row.get().processInstanceId())
                    .setVariable("ratingScore", score).setVariable("ratingComment", note).correlateWithResult();
            return RatingOutcome.RATED;
        } catch (MismatchingMessageCorrelationException closedMeanwhile) {
            // rated or timed out between the check and now
            return RatingOutcome.NOT_OPEN_FOR_RATING;
        }
    }

    @Override
    public AdditionOutcome add(String trackingCode, String addition) {
        if (addition == null || addition.isBlank()) {
            throw new IllegalArgumentException("Nội dung bổ sung (addition) trống");
        }
        if (addition.strip().length() > CONTENT_LENGTH) {
            throw new IllegalArgumentException("Nội dung bổ sung (addition) dài quá " + CONTENT_LENGTH
                    + " ký tự");
        }
        Optional<FeedbackRecords.Row> row = TrackingCodes.normalize(trackingCode).flatMap(records::byTrackingCode);
        if (row.isEmpty()) {
            return AdditionOutcome.UNKNOWN_CODE;
        }
        if (row.get().status() != FeedbackStatus.NEEDS_INFORMATION) {
            return AdditionOutcome.NOT_WAITING;
        }
        // the case's content and the addition together stay within what the engine keeps in a String variable
        Object content = runtime.getVariable(row.get().processInstanceId(), "content");
        int room = ADDED_CONTENT_LENGTH - (content == null ? 0 : content.toString().length()) - ADDITION_HEADER;
        if (addition.strip().length() > room) {
            throw new Refusal("nội dung bổ sung (addition) dài quá " + Math.max(room, 0)
                    + " ký tự, phần còn lại cho phản ánh này. Vui lòng rút gọn.");
        }
        try {
            runtime.createMessageCorrelation("feedbackAddition").processInstanceId(row.get().processInstanceId())
                    .setVariable("addition", addition.strip()).correlateWithResult();
            return AdditionOutcome.ADDED;
        } catch (MismatchingMessageCorrelationException closedMeanwhile) {
            return AdditionOutcome.NOT_WAITING;
        }
    }

    @Override
    public AnswerPage publishedAnswers(int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("Trang (page) phải từ 0, số câu trả lời mỗi trang (size) từ 1 đến "
                    + MAX_PAGE_SIZE);
        }
        List<PublishedAnswer> items = records.published(page * size, size).stream()
                .map(row -> new PublishedAnswer(row.caseNumber(), row.category(),
                        FeedbackCategory.label(row.category()), row.title(), row.answer(),
                        organization.unit(row.leadUnit()).map(Unit::name).orElse(row.leadUnit()),
                        ProcessDeadlines.toLocalDate(java.util.Date.from(row.publishedAt()))))
                .toList();
        return new AnswerPage(items, page, size, records.publishedCount());
    }

    /** Published, not rated yet, the window still open; never for a merged case (the original's sender rates). */
    static boolean rateable(FeedbackRecords.Row row, Instant now) {
        return row.status() == FeedbackStatus.ANSWERED && row.ratedAt() == null && row.ratingClosesAt() != null
                && !now.isAfter(row.ratingClosesAt());
    }

    private static Instant now() {
        return WardClock.instant();
    }
}
