package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class WordRarityTest {

    private final WordRarity rarity = new WordRarity();

    @Test
    void theWordsHeldByFewestTextsComeFirstThenTheLongestThenInAlphabeticalOrder() {
        rarity.count(List.of("cua", "duong", "ngo"));
        rarity.count(List.of("cua", "duong", "nguyen"));
        rarity.count(List.of("cua", "va"));

        // never seen: "hang", "ba" (longer first); once: "ngo", "nguyen" (longer first); twice: "duong"; three: "cua"
        assertThat(rarity.rarest(List.of("ba", "cua", "duong", "hang", "ngo", "nguyen"), 6))
                .containsExactly("hang", "ba", "nguyen", "ngo", "duong", "cua");
        assertThat(rarity.rarest(List.of("cua", "duong", "ngo"), 2)).containsExactly("ngo", "duong");
        assertThat(rarity.rarest(List.of("xa", "ca"), 2)).containsExactly("ca", "xa");
        assertThat(rarity.rarest(List.of("cua"), 5)).containsExactly("cua");
        assertThat(rarity.rarest(List.of(), 3)).isEmpty();
    }

    @Test
    void pastTheWordsKeptTheCountsAreHalvedAndTheWordsLeftAtNoneForgotten() {
        for (int i = 0; i < 4; i++) {
            rarity.count(List.of("cua", "va"));
        }
        rarity.count(List.of("va"));
        // every other word once: the last one makes too many
        IntStream.range(0, WordRarity.KEPT_WORDS - 1).forEach(i -> rarity.count(List.of("so" + i)));

        // "cua" 4 → 2, "va" 5 → 2, the words seen once forgotten: as rare as a word never seen
        assertThat(rarity.rarest(List.of("va", "so1", "cua", "moi"), 4)).containsExactly("moi", "so1", "cua", "va");
        rarity.count(List.of("cua"));
        assertThat(rarity.rarest(List.of("va", "cua"), 1)).containsExactly("va");
    }
}
