package vn.phoyen.workflow.publication;

import java.time.Instant;

/**
 * One item the ward publishes, as a feed entry.
 *
 * @param key     what identifies the item for good (case number, dialogue's business key, plan task and item number):
 *                the entry's id and the residents' page anchor are made from it, so a reader never sees it twice
 * @param anchor  the element of the residents' page that shows the item ({@code /#anchor})
 * @param title   in Vietnamese, never the sender's words
 * @param updated when it was published (the entry's date)
 * @param text    the public text, plain (the writer escapes it)
 * @param related a document the item points to (http or https), or null
 */
record FeedEntry(String key, String anchor, String title, Instant updated, String text, String related) {
}
