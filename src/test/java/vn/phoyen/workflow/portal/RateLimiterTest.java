package vn.phoyen.workflow.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.phoyen.workflow.MutableClock;

class RateLimiterTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T02:00:00Z"));
    /** the default for submissions: 5 in 10 minutes, so one more every 2 minutes */
    private final RateLimiter limiter = new RateLimiter(5, Duration.ofMinutes(10), 100, clock);

    @Test
    void theWholeAllowanceAtOnceThenTheNextRefusedWithTheWait() {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire("10.0.0.1")).as("request %d", i + 1).isEmpty();
        }
        assertThat(limiter.acquire("10.0.0.1")).contains(Duration.ofMinutes(2));
    }

    @Test
    void oneRequestComesBackAfterExactlyItsShareOfTheWindow() {
        useAllowance("10.0.0.1");
        clock.advance(Duration.ofMinutes(2).minusNanos(1));
        assertThat(limiter.acquire("10.0.0.1")).contains(Duration.ofNanos(1));

        clock.advance(Duration.ofNanos(1));
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
        assertThat(limiter.acquire("10.0.0.1")).contains(Duration.ofMinutes(2));
    }

    @Test
    void refusedRequestsDoNotUseTheAllowance() {
        useAllowance("10.0.0.1");
        for (int i = 0; i < 100; i++) {
            limiter.acquire("10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(2));
        assertThat(limiter.acquire("10.0.0.1")).isEmpty();
    }

    @Test
    void theWholeAllowanceIsBackAfterTheWindowAndNoMore() {
        useAllowance("10.0.0.1");
        clock.advance(Duration.ofHours(5));
        useAllowance("10.0.0.1");
        assertThat(limiter.acquire("10.0.0.1")).isPresent();
    }

    @Test
    void eachClientHasItsOwnAllowance() {
        useAllowance("10.0.0.1");
        assertThat(limiter.acquire("10.0.0.1")).isPresent();
        assertThat(limiter.acquire("10.0.0.2")).isEmpty();
    }

    @Test
    void aClockSetBackHandsOutNothingExtra() {
        useAllowance("10.0.0.1");
        clock.advance(Duration.ofMinutes(-30));
        assertThat(limiter.acquire("10.0.0.1")).isPresent();
    }

    @Test
    void memoryIsBoundedByForgettingTheClientSeenLongestAgo() {
        RateLimiter small = new RateLimiter(1, Duration.ofMinutes(1), 3, clock);
        small.acquire("a");
        small.acquire("b");
        small.acquire("c");
        small.acquire("a"); // refused, but "a" is now the most recently seen
        small.acquire("d");

        assertThat(small.trackedClients()).isEqualTo(3);
        assertThat(small.acquire("a")).as("still remembered").isPresent();
        assertThat(small.acquire("b")).as("forgotten, starts afresh").isEmpty();
    }

    @Test
    void concurrentRequestsOfOneClientGetExactlyTheAllowance() throws Exception {
        RateLimiter perMinute = new RateLimiter(100, Duration.ofMinutes(1), 10, clock);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> calls = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                calls.add(() -> perMinute.acquire("10.0.0.1").isEmpty());
            }
            int allowed = 0;
            for (Future<Boolean> result : pool.invokeAll(calls)) {
                allowed += result.get() ? 1 : 0;
            }
            assertThat(allowed).isEqualTo(100);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void nonsensicalSettingsAreRefused() {
        assertThatThrownBy(() -> new RateLimiter(0, Duration.ofMinutes(1), 10, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(5, Duration.ZERO, 10, clock))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimiter(5, Duration.ofMinutes(1), 0, clock))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private void useAllowance(String client) {
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.acquire(client)).isEmpty();
        }
    }
}
