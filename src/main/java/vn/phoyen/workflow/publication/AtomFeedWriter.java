package vn.phoyen.workflow.publication;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

/**
 * Writes a feed as Atom 1.0 (RFC 4287) with ROME, which escapes the text. Ids are tag URIs (RFC 4151) made from what
 * identifies an item for good, so they do not change with the server's address; links are absolute, made from the
 * address the feed was asked at.
 */
final class AtomFeedWriter {

    /** The authority of the ward's tag URIs: the domain its models' namespaces already use, since 2025. */
    static final String TAG = "tag:phoyen.vn,2025:";

    private AtomFeedWriter() {
    }

    /**
     * @param baseUrl the server's address without a trailing slash, e.g. {@code https://dichvu.phoyen.vn}
     * @param now     the feed's date when it has no entry yet
     */
    static String atom(WardFeed which, List<FeedEntry> entries, String baseUrl, Instant now) {
        Feed feed = new Feed("atom_1.0");
        feed.setId(TAG + which.feedName());
        feed.setTitleEx(text(which.title()));
        feed.setLanguage("vi");
        feed.setUpdated(Date.from(entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(now)));
        feed.setOtherLinks(List.of(link("self", baseUrl + FeedController.PATH + which.feedName() + ".atom",
                FeedController.ATOM)));
        feed.setAlternateLinks(List.of(link("alternate", baseUrl + "/", "text/html")));
        Person ward = new Person();
        ward.setName(WardFeed.WARD);
        feed.setAuthors(List.of(ward));
        feed.setEntries(entries.stream().map(entry -> entry(entry, baseUrl)).toList());
        try {
            return new WireFeedOutput().outputString(feed);
        } catch (FeedException cannotHappen) {
            // only for a feed type ROME does not know; atom_1.0 is built in
            throw new IllegalStateException(cannotHappen);
        }
    }

    private static Entry entry(FeedEntry item, String baseUrl) {
        Entry entry = new Entry();
        entry.setId(TAG + item.key());
        entry.setTitleEx(text(item.title()));
        entry.setUpdated(Date.from(item.updated()));
        entry.setPublished(Date.from(item.updated()));
        entry.setAlternateLinks(List.of(link("alternate", baseUrl + "/#" + item.anchor(), "text/html")));
        if (item.related() != null) {
            entry.setOtherLinks(List.of(link("related", item.related(), null)));
        }
        entry.setContents(List.of(text(item.text())));
        return entry;
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }
}
