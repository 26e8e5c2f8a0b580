package vn.phoyen.workflow.feedback;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * Tracking codes of feedback cases, and the one-time codes of satisfaction surveys, e.g. {@code K7QM-3XWP-9HDA}: 12
 * characters drawn by {@link SecureRandom} from 32 letters and digits that cannot be mistaken for each other (no I, O,
 * 0, 1), so 60 random bits: one code tells nothing about another. Stored without dashes; a resident may type it in
 * lower case, with or without dashes.
 */
public final class TrackingCodes {

    static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static final int LENGTH = 12;

    private final SecureRandom random;

    public TrackingCodes(SecureRandom random) {
        this.random = random;
    }

    /** A new code as stored (12 characters, no dashes). */
    public String next() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as residents see it: groups of four separated by dashes. */
    public static String display(String stored) {
        return stored.substring(0, 4) + "-" + stored.substring(4, 8) + "-" + stored.substring(8);
    }

    /** The stored form of what a resident typed; empty when it cannot be a tracking code at all. */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 2 * LENGTH) {
            return Optional.empty();
        }
        String code = typed.strip().replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }
}
