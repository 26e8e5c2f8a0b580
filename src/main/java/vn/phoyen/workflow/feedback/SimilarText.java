package vn.phoyen.workflow.feedback;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * When a new feedback repeats an open one: the Jaccard similarity of the two texts' word sets (title and content,
 * lower case, without diacritics, so "Đường" and "duong" are one word) reaches {@link #THRESHOLD}. Only a flag: the
 * receiving office decides whether to merge.
 */
final class SimilarText {

    /** Share of common words (of all words of either text) from which two feedbacks count as the same matter. */
    static final double THRESHOLD = 0.6;

    private SimilarText() {
    }

    /** The words of title and content, diacritics-insensitive, sorted and joined by spaces (what the read model keeps). */
    static String fingerprint(String title, String content) {
        String text = (title == null ? "" : title) + " " + (content == null ? "" : content);
        String plain = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        Set<String> words = new TreeSet<>();
        for (String word : plain.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    static double similarity(String fingerprint, String other) {
        Set<String> a = words(fingerprint);
        Set<String> b = words(other);
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return (double) common.size() / all.size();
    }

    static boolean similar(String fingerprint, String other) {
        return similarity(fingerprint, other) >= THRESHOLD;
    }

    private static Set<String> words(String fingerprint) {
        Set<String> words = new HashSet<>(Arrays.asList(fingerprint.split(" ")));
        words.remove("");
        return words;
    }
}
