package vn.phoyen.workflow.feedback;

import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * How many feedback texts registered on this node held each word: the duplicate check looks the open cases up by the
 * new text's rarest words, which few of them share. An estimate, per node and since its start: any choice of words
 * finds every similar case ({@link SimilarText#wordsToLookUp()}); rarer ones only bring fewer others to compare.
 */
@Component
class WordRarity {

    /** Distinct words counted before the counts are halved and the words left at none forgotten (a few MiB). */
    static final int KEPT_WORDS = 50_000;

    private final ConcurrentHashMap<String, Integer> texts = new ConcurrentHashMap<>();

    void count(List<String> words) {
        words.forEach(word -> texts.merge(word, 1, Integer::sum));
        if (texts.size() > KEPT_WORDS) {
            forgetTheRarest();
        }
    }

    /**
     * The {@code count} rarest of {@code words}: held by the fewest texts counted, then the longest (a street's or a
     * person's name rather than "cua" or "va"), then in alphabetical order.
     */
    List<String> rarest(List<String> words, int count) {
        // the counts as they are now: others may count meanwhile, and a sort needs an order that holds still
        record Seen(String word, int texts) {
        }
        return words.stream().map(word -> new Seen(word, texts.getOrDefault(word, 0)))
                .sorted(Comparator.comparingInt(Seen::texts)
                        .thenComparing(seen -> seen.word().length(), Comparator.reverseOrder())
                        .thenComparing(Seen::word))
                .limit(count).map(Seen::word).toList();
    }

    private synchronized void forgetTheRarest() {
        while (texts.size() > KEPT_WORDS) {
            texts.replaceAll((word, count) -> count / 2);
            texts.values().removeIf(count -> count == 0);
        }
    }
}
