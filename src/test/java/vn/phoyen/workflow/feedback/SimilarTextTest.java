package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class SimilarTextTest {

    @Test
    void theFingerprintIsTheSortedWordsWithoutDiacriticsOrCase() {
        assertThat(SimilarText.fingerprint("Đường ngõ 5 hỏng", "ĐƯỜNG ngõ 5, hỏng!"))
                .isEqualTo("5 duong hong ngo");
        assertThat(SimilarText.fingerprint(null, null)).isEmpty();
    }

    @Test
    void similarityIsSharedWordsOverAllWords() {
        assertThat(SimilarText.of("a b c d").similarity(SimilarText.of("a b c d"))).isEqualTo(1.0);
        assertThat(SimilarText.of("a b c d").similarity(SimilarText.of("e f g h"))).isZero();
        assertThat(SimilarText.of("a b c").similarity(SimilarText.of("a b d"))).isCloseTo(0.5, within(1e-9));
        assertThat(SimilarText.of("").similarity(SimilarText.of(""))).isZero();
        assertThat(SimilarText.of("a").similarity(SimilarText.of(""))).isZero();
    }

    @Test
    void atTheThresholdTextsAreSimilarJustBelowItTheyAreNot() {
        // 3 shared of 5 words: 0.6
        assertThat(SimilarText.of("a b c d").similarTo(SimilarText.of("a b c e"))).isPresent();
        // 3 shared of 6 words: 0.5
        assertThat(SimilarText.of("a b c d").similarTo(SimilarText.of("a b c e f"))).isEmpty();
        // 6 shared of 10: 0.6; 6 of 11: below
        assertThat(SimilarText.of("a b c d e f g h").similarTo(SimilarText.of("a b c d e f i j"))).isPresent();
        assertThat(SimilarText.of("a b c d e f g").similarTo(SimilarText.of("a b c d e f h i j k"))).isEmpty();
        assertThat(SimilarText.of("a b c d e f g h").similarTo(SimilarText.of("a b c d e f g i"))).isPresent();
    }

    @Test
    void theSameMatterWrittenDifferentlyIsSimilarAnotherMatterIsNot() {
        String first = SimilarText.fingerprint("Đèn đường ngõ 5 phố Ba Hàng bị hỏng",
                "Đèn đường ở ngõ 5 phố Ba Hàng bị hỏng đã một tuần, buổi tối rất tối.");
        String typedWithoutDiacritics = SimilarText.fingerprint("den duong ngo 5 Ba Hang hong",
                "Den duong o ngo 5 pho Ba Hang bi hong mot tuan nay, buoi toi rat toi.");
        String other = SimilarText.fingerprint("Karaoke gây ồn sau 22 giờ",
                "Quán karaoke số 14 mở nhạc to sau 22 giờ hằng đêm.");

        assertThat(SimilarText.of(first).similarTo(SimilarText.of(typedWithoutDiacritics))).isPresent();
        assertThat(SimilarText.of(first).similarTo(SimilarText.of(other))).isEmpty();
    }

    @Test
    void aCaseComparedWithManyGivesTheSimilarityOnlyWhereItReachesTheThreshold() {
        SimilarText words = SimilarText.of("a b c d");

        assertThat(words.similarTo(SimilarText.of("a b c e"))).hasValueCloseTo(0.6, within(1e-9));
        assertThat(words.similarTo(SimilarText.of("a b c d"))).hasValue(1.0);
        assertThat(words.similarTo(SimilarText.of("a b c e f"))).isEmpty();
        // ruled out by the word counts alone: 2 of 4 words at most
        assertThat(words.similarTo(SimilarText.of("a b"))).isEmpty();
        assertThat(SimilarText.of("").similarTo(SimilarText.of(""))).isEmpty();
    }

    /** The count that rules a case out never rules out one that reaches the threshold: against sets compared whole. */
    @Test
    void theWordCountsRuleOutNoCaseThatWouldReachTheThreshold() {
        Random random = new Random(15);
        for (int round = 0; round < 20_000; round++) {
            Set<String> a = randomWords(random);
            Set<String> b = randomWords(random);
            Set<String> shared = new HashSet<>(a);
            shared.retainAll(b);
            Set<String> all = new HashSet<>(a);
            all.addAll(b);
            double jaccard = all.isEmpty() ? 0 : (double) shared.size() / all.size();

            var similarity = SimilarText.of(String.join(" ", a)).similarTo(SimilarText.of(String.join(" ", b)));

            if (jaccard >= SimilarText.THRESHOLD) {
                assertThat(similarity).as("%s / %s", a, b).hasValueCloseTo(jaccard, within(1e-9));
            } else {
                assertThat(similarity).as("%s / %s", a, b).isEmpty();
            }
        }
    }

    private static Set<String> randomWords(Random random) {
        Set<String> words = new TreeSet<>();
        int count = random.nextInt(12);
        for (int i = 0; i < count; i++) {
            words.add("w" + random.nextInt(14));
        }
        return words;
    }
}
