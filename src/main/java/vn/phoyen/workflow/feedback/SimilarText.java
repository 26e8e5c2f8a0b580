package vn.phoyen.workflow.feedback;

import java.util.OptionalDouble;
import java.util.TreeSet;

/**
 * When a new feedback repeats an open one: the Jaccard similarity of the two texts' word sets (title and content,
 * lower case, without diacritics, so "Đường" and "duong" are one word) reaches {@link #THRESHOLD}. Only a flag: the
 * receiving office decides whether to merge.
 */
final class SimilarText {

    /** Share of common words (of all words of either text) from which two feedbacks count as the same matter. */
    static final double THRESHOLD = 0.6;

    private static final String[] NO_WORDS = {};

    private final String[] words;

    private SimilarText(String fingerprint) {
        this.words = words(fingerprint);
    }

    /** The words of title and content, diacritics-insensitive, sorted and joined by spaces (what the read model keeps). */
    static String fingerprint(String title, String content) {
        String text = (title == null ? "" : title) + " " + (content == null ? "" : content);
        return String.join(" ", new TreeSet<>(PlainWords.words(text)));
    }

    /** A fingerprint split into its words once, to be compared many times. */
    static SimilarText of(String fingerprint) {
        return new SimilarText(fingerprint);
    }

    /**
     * The similarity of {@code other} when it reaches {@link #THRESHOLD}, else empty. Two word counts too far apart
     * cannot reach it (the shared words are at most the smaller count, all words at least the larger), so an open case
     * of a very different length is passed over without comparing its words.
     */
    OptionalDouble similarTo(SimilarText other) {
        int count = other.words.length;
        if (Math.min(count, words.length) < THRESHOLD * Math.max(count, words.length)) {
            return OptionalDouble.empty();
        }
        double similarity = similarity(other);
        return similarity >= THRESHOLD ? OptionalDouble.of(similarity) : OptionalDouble.empty();
    }

    /**
     * Shared words over all words of either text. Both word lists are sorted (fingerprints are), so the shared words
     * are counted in one pass over both.
     */
    double similarity(SimilarText otherText) {
        String[] other = otherText.words;
        int shared = 0;
        for (int i = 0, j = 0; i < words.length && j < other.length;) {
            int order = words[i].compareTo(other[j]);
            if (order == 0) {
                shared++;
                i++;
                j++;
            } else if (order < 0) {
                i++;
            } else {
                j++;
            }
        }
        int all = words.length + other.length - shared;
        return all == 0 ? 0 : (double) shared / all;
    }

    private static String[] words(String fingerprint) {
        return fingerprint.isEmpty() ? NO_WORDS : fingerprint.split(" ");
    }
}
