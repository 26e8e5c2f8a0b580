package vn.phoyen.workflow.feedback;

import java.time.Instant;
import java.util.List;

/**
 * The newest published answers for the ward's website feed: only what the residents' page already shows of a case
 * (its number, category and the public answer), never the sender, the title the sender wrote or the reply to them.
 */
public interface PublishedAnswerFeed {

    /** The newest {@code limit} published answers, newest first. */
    List<FeedAnswer> newest(int limit);

    /** One published answer; {@code publishedAt} the moment of publication (a re-answer publishes again). */
    record FeedAnswer(String caseNumber, String categoryLabel, String answer, String answeringUnit,
            Instant publishedAt) {
    }
}
