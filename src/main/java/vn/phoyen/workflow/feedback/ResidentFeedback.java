package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What residents can do with the feedback procedure without logging in (the residents' page and
 * {@code /api/public/**} call it): send feedback, follow it by its tracking code, read published answers and rate
 * the answer to their own case. Plain Java; the engine stays behind the implementation.
 */
public interface ResidentFeedback {

    /** The shortest content accepted from the residents' page: enough for a sentence saying what and where. */
    int CONTENT_MIN = 20;

    /** The longest sender's name, sender's contact and title of a feedback case, whatever the channel. */
    int SENDER_LENGTH = 200;
    int TITLE_LENGTH = 200;

    /** The longest content of a feedback case, and of an addition to it. */
    int CONTENT_LENGTH = 4000;

    /**
     * The longest comment on a rating: a remark on the answer, not a new feedback (which has its own content of
     * {@value #CONTENT_LENGTH}); the residents' page counts down from it.
     */
    int COMMENT_LENGTH = 1000;

    /** The most published answers on one page: enough for any list, small enough for an API anybody may call. */
    int MAX_PAGE_SIZE = 50;

    /**
     * Opens a {@code feedback} case received through the web (channel {@code web}, received today).
     *
     * @throws vn.phoyen.workflow.cases.CaseStartException naming the field, in Vietnamese, when a field is missing,
     *                                                     too long or not one of the allowed values
     */
    Receipt submit(NewFeedback feedback);

    /** The case with this tracking code, as its sender may see it; empty for an unknown code. */
    Optional<CaseStatus> status(String trackingCode);

    /** Records the sender's rating of the published answer: once per case, within the rating window. */
    RatingOutcome rate(String trackingCode, int score, String comment);

    /**
     * Adds to web feedback the receiving office asked the sender to complete (status {@code needs-information}):
     * the text goes to the case's content and the case back to the receiving office.
     */
    AdditionOutcome add(String trackingCode, String addition);

    /** Published answers, newest first; {@code page} counts from 0. */
    AnswerPage publishedAnswers(int page, int size);

    /** What a resident sends; every field is text exactly as typed (never trusted, never shown back unescaped). */
    record NewFeedback(String senderName, String senderContact, String category, String title, String content) {
    }

    /**
     * The tracking code (unguessable) and the day the answer is due; {@code dueDateNote} says when that day was counted
     * on a year whose official holidays are not published yet (null otherwise).
     */
    record Receipt(String trackingCode, LocalDate dueDate, String dueDateNote) {
    }

    /**
     * {@code status} is a stable code ({@code received}, {@code in-progress}, {@code answered}, {@code under-review},
     * {@code closed}, {@code merged}, {@code needs-information}, {@code rejected}, {@code transferred}); {@code statusLabel}
     * its Vietnamese text. {@code answer} is null until
     * published. {@code rateable} tells whether a rating would be accepted now. {@code dueDateNote} as in {@link Receipt}.
     * {@code notice}: the receiving office's notice to the sender (what to add, why it is not taken up, or to which
     * competent body it was transferred).
     * {@code title}: the title the sender gave, so they recognise their feedback.
     */
    record CaseStatus(String caseNumber, String status, String statusLabel, LocalDate dueDate, String dueDateNote,
            String answer, boolean rateable, String notice, String title) {

        public CaseStatus(String caseNumber, String status, String statusLabel, LocalDate dueDate, String dueDateNote,
                String answer, boolean rateable, String notice) {
            this(caseNumber, status, statusLabel, dueDate, dueDateNote, answer, rateable, notice, null);
        }

        public CaseStatus(String caseNumber, String status, String statusLabel, LocalDate dueDate, String dueDateNote,
                String answer, boolean rateable) {
            this(caseNumber, status, statusLabel, dueDate, dueDateNote, answer, rateable, null, null);
        }

        /** Whether the sender may add to the feedback now (in the API's JSON too). */
        @com.fasterxml.jackson.annotation.JsonProperty("additionRequested")
        public boolean additionRequested() {
            return "needs-information".equals(status);
        }
    }

    enum AdditionOutcome {
        ADDED,
        UNKNOWN_CODE,
        /** the receiving office is not waiting for an addition (never asked, already added, or the time is up) */
        NOT_WAITING
    }

    enum RatingOutcome {
        RATED,
        UNKNOWN_CODE,
        /** not published yet, already rated, or the rating window has closed */
        NOT_OPEN_FOR_RATING
    }

    /** A published answer as anyone may read it: no sender, no contact, no tracking code. */
    record PublishedAnswer(String caseNumber, String category, String categoryLabel, String title, String answer,
            String answeredBy, LocalDate publishedOn) {
    }

    record AnswerPage(List<PublishedAnswer> items, int page, int size, long total) {
    }
}
