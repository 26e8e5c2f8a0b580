package vn.phoyen.workflow.publication;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.phoyen.workflow.process.WardClock;

/**
 * {@code GET /api/public/feeds/{name}.atom}: the ward's Atom feeds for its website, no login (under the residents' API,
 * so its rate limits and headers apply). Feed readers poll: a few minutes of caching spares the engine's history.
 */
@RestController
class FeedController {

    static final String PATH = "/api/public/feeds/";
    static final String ATOM = "application/atom+xml";

    private final WardFeeds feeds;

    FeedController(WardFeeds feeds) {
        this.feeds = feeds;
    }

    @GetMapping(PATH + "{name}.atom")
    ResponseEntity<String> feed(@PathVariable String name) {
        return WardFeed.named(name).map(feed -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(ATOM + ";charset=UTF-8"))
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                .body(AtomFeedWriter.atom(feed, feeds.entries(feed),
                        ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString(), WardClock.instant())))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("Không có nguồn tin " + name + ". Các nguồn tin: tra-loi-phan-anh, ket-qua-doi-thoai,"
                                + " cong-khai."));
    }
}
