package vn.phoyen.workflow.platform;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Whether any REVOKE concerns a user or the user's groups, as the engine last answered it in the past
 * {@link #TIME_TO_LIVE_NANOS}. The engine asks the database once per command (10 queries per feedback case, issue 15);
 * this system makes no REVOKE, an administrator may in Admin. A REVOKE saved or deleted through this node's engine
 * clears every answer at once; one saved through another node is seen here within the time to live, as a membership
 * changed in Admin is (security.RecentLogins).
 */
final class RecentRevokes {

    static final long TIME_TO_LIVE_NANOS = 30_000_000_000L;
    /** Bounds the memory whatever the number of accounts: the oldest answer goes first. */
    static final int MAX_ENTRIES = 1_000;

    private record Answer(boolean revokesExist, long answeredAt) {
    }

    private final Map<String, Answer> answers = BoundedMap.oldestPutFirstOut(MAX_ENTRIES);
    private final LongSupplier nanoTime;
    /** Counts the clearings, so that an answer asked before a clearing is not kept after it. */
    private long clearings;

    RecentRevokes() {
        this(System::nanoTime);
    }

    RecentRevokes(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** The recent answer for the user and these groups, or the engine's (asked outside the lock) kept as recent. */
    boolean exist(String userId, List<String> groupIds, BooleanSupplier engine) {
        String key = userId + "\n" + String.join("\n", groupIds.stream().sorted().toList());
        long clearingsBefore;
        synchronized (this) {
            Answer answer = answers.get(key);
            if (answer != null && nanoTime.getAsLong() - answer.answeredAt() < TIME_TO_LIVE_NANOS) {
                return answer.revokesExist();
            }
            clearingsBefore = clearings;
        }
        long askedAt = nanoTime.getAsLong();
        boolean revokesExist = engine.getAsBoolean();
        synchronized (this) {
            if (clearings == clearingsBefore) {
                answers.put(key, new Answer(revokesExist, askedAt));
            }
        }
        return revokesExist;
    }

    synchronized void forgetAll() {
        answers.clear();
        clearings++;
    }
}
