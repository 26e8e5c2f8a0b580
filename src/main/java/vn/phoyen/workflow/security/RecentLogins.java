package vn.phoyen.workflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import vn.phoyen.workflow.platform.BoundedMap;

/**
 * HTTP Basic logins verified in the last {@link #TIME_TO_LIVE_NANOS}, with the user's groups and tenants, so a program
 * calling the REST API many times a second costs one password check and two membership queries per half minute
 * instead of three transactions per call (issue 15 measured 27 of a feedback case's 43 transactions spent on them).
 * <p>
 * Only a success is kept, under a digest of the whole {@code Authorization} header (never the password itself); a
 * failed login of a user forgets that user's entries, so the engine's throttling after a wrong password still holds
 * the right one back. What a success can outlive by at most the time to live: a password changed or an account
 * deleted, a membership changed in Admin.
 */
final class RecentLogins {

    static final long TIME_TO_LIVE_NANOS = 30_000_000_000L;
    /** Bounds the memory whatever the number of accounts: the oldest entry goes first. */
    static final int MAX_ENTRIES = 1_000;

    record Login(String userId, List<String> groups, List<String> tenants) {
    }

    private record Entry(Login login, long verifiedAt) {
    }

    private final Map<String, Entry> entries = BoundedMap.oldestPutFirstOut(MAX_ENTRIES);
    private final LongSupplier nanoTime;

    RecentLogins() {
        this(System::nanoTime);
    }

    RecentLogins(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    synchronized Optional<Login> find(String authorizationHeader) {
        String key = digest(authorizationHeader);
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nanoTime.getAsLong() - entry.verifiedAt() >= TIME_TO_LIVE_NANOS) {
            entries.remove(key);
            return Optional.empty();
        }
        return Optional.of(entry.login());
    }

    synchronized void verified(String authorizationHeader, Login login) {
        entries.put(digest(authorizationHeader), new Entry(login, nanoTime.getAsLong()));
    }

    synchronized void refused(String userId) {
        entries.values().removeIf(entry -> entry.login().userId().equals(userId));
    }

    private static String digest(String authorizationHeader) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(authorizationHeader.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
