package vn.phoyen.workflow.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import vn.phoyen.workflow.platform.BoundedMap;

/**
 * At most {@code requests} per {@code window} for each client: a client may use its whole allowance at once, then
 * gets one request back every {@code window / requests} (the generic cell rate algorithm, one number per client, in
 * whole nanoseconds so the edges are exact). Thread-safe. Memory is bounded: beyond {@code maxClients} the client
 * seen longest ago is forgotten and starts afresh — only someone with more addresses than that gains from it, and
 * no per-address limit stops such a client anyway.
 */
final class RateLimiter {

    private final long interval;
    private final long burst;
    private final Clock clock;
    private final Map<String, Long> nextFreeAt;

    RateLimiter(int requests, Duration window, int maxClients, Clock clock) {
        if (requests < 1 || window.toNanos() < requests || maxClients < 1) {
            throw new IllegalArgumentException("requests, window and maxClients must be positive: " + requests + ", "
                    + window + ", " + maxClients);
        }
        this.interval = window.toNanos() / requests;
        this.burst = interval * requests;
        this.clock = clock;
        this.nextFreeAt = BoundedMap.leastUsedFirstOut(maxClients);
    }

    /** Takes one request of the client's allowance: empty when allowed, else how long until one is allowed again. */
    Optional<Duration> acquire(String client) {
        long now = nanos(clock.instant());
        synchronized (nextFreeAt) {
            // the moment the client's allowance would be whole again, had it not been used at all since
            long full = Math.max(nextFreeAt.getOrDefault(client, now), now);
            long after = full + interval;
            if (after - now > burst) {
                return Optional.of(Duration.ofNanos(after - now - burst));
            }
            nextFreeAt.put(client, after);
            return Optional.empty();
        }
    }

    int trackedClients() {
        synchronized (nextFreeAt) {
            return nextFreeAt.size();
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
