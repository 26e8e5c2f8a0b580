package vn.phoyen.workflow.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;

/** The feed is Atom 1.0 as a feed library reads it: ids, dates, links, and resident text escaped. */
class AtomFeedWriterTest {

    static final Instant PUBLISHED = Instant.parse("2026-03-06T02:00:00Z");

    @Test
    void aFeedLibraryReadsBackEveryPartOfTheFeed() throws Exception {
        FeedEntry answer = new FeedEntry("phan-anh/PA-2026-0001", "tra-loi-PA-2026-0001",
                "Trả lời phản ánh, kiến nghị PA-2026-0001 – Môi trường", PUBLISHED,
                "Phường đã dọn <rác> & cấm đốt \"ngay\" </content><script>x</script>", null);

        Feed feed = read(AtomFeedWriter.atom(WardFeed.ANSWERS, List.of(answer), "https://dichvu.phoyen.vn",
                Instant.parse("2026-03-07T00:00:00Z")));

        assertThat(feed.getId()).isEqualTo("tag:phoyen.vn,2025:tra-loi-phan-anh");
        assertThat(feed.getTitleEx().getValue()).isEqualTo(
                "Trả lời phản ánh, kiến nghị của người dân – UBND phường Phổ Yên");
        // the newest entry's date, not the moment of asking
        assertThat(feed.getUpdated().toInstant()).isEqualTo(PUBLISHED);
        assertThat(feed.getOtherLinks()).singleElement().satisfies(self -> {
            assertThat(self.getRel()).isEqualTo("self");
            assertThat(self.getHref()).isEqualTo("https://dichvu.phoyen.vn/api/public/feeds/tra-loi-phan-anh.atom");
        });
        assertThat(feed.getAuthors()).singleElement().satisfies(author ->
                assertThat(author.getName()).isEqualTo("UBND phường Phổ Yên"));
        Entry entry = feed.getEntries().get(0);
        assertThat(entry.getId()).isEqualTo("tag:phoyen.vn,2025:phan-anh/PA-2026-0001");
        assertThat(entry.getUpdated().toInstant()).isEqualTo(PUBLISHED);
        assertThat(entry.getAlternateLinks().get(0).getHref())
                .isEqualTo("https://dichvu.phoyen.vn/#tra-loi-PA-2026-0001");
        assertThat(entry.getContents().get(0).getType()).isEqualTo("text");
        assertThat(entry.getContents().get(0).getValue())
                .isEqualTo("Phường đã dọn <rác> & cấm đốt \"ngay\" </content><script>x</script>");
    }

    @Test
    void anEmptyFeedIsStillValidAndDatedWhenAsked() throws Exception {
        Instant now = Instant.parse("2026-03-07T00:00:00Z");
        String xml = AtomFeedWriter.atom(WardFeed.PUBLICITY, List.of(), "http://localhost:8080", now);

        Feed feed = read(xml);
        assertThat(feed.getEntries()).isEmpty();
        assertThat(feed.getUpdated().toInstant()).isEqualTo(now);
        assertThat(xml).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
    }

    @Test
    void aRelatedDocumentIsLinked() throws Exception {
        FeedEntry item = new FeedEntry("cong-khai/KH54-2025-T04/1", "cong-khai-KH54-2025-T04-1", "Công khai: Bảng giá đất",
                PUBLISHED, "Nội dung công khai: Bảng giá đất", "https://phoyen.vn/bang-gia-dat.pdf");

        Entry entry = read(AtomFeedWriter.atom(WardFeed.PUBLICITY, List.of(item), "http://localhost", PUBLISHED))
                .getEntries().get(0);
        assertThat(entry.getOtherLinks()).singleElement().satisfies(link -> {
            assertThat(link.getRel()).isEqualTo("related");
            assertThat(link.getHref()).isEqualTo("https://phoyen.vn/bang-gia-dat.pdf");
        });
    }

    static Feed read(String xml) throws Exception {
        WireFeedInput input = new WireFeedInput();
        input.setXmlHealerOn(false);
        return (Feed) input.build(new StringReader(xml));
    }
}
