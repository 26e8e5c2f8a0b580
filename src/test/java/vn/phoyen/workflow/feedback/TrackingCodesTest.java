package vn.phoyen.workflow.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class TrackingCodesTest {

    final TrackingCodes codes = new TrackingCodes(new SecureRandom());

    @Test
    void aCodeIsTwelveCharactersOfThirtyTwoUnambiguousOnesThatIsSixtyRandomBits() {
        assertThat(TrackingCodes.ALPHABET).hasSize(32).doesNotContain("I", "O", "0", "1");
        assertThat(Math.pow(TrackingCodes.ALPHABET.length(), TrackingCodes.LENGTH)).isGreaterThanOrEqualTo(Math.pow(2, 60));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = codes.next();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{12}");
            seen.add(code);
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everyCharacterOfTheAlphabetTurnsUp() {
        Set<Character> used = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            codes.next().chars().forEach(c -> used.add((char) c));
        }
        assertThat(used).hasSize(32);
    }

    @Test
    void residentsSeeGroupsOfFour() {
        assertThat(TrackingCodes.display("K7QM3XWP9HDA")).isEqualTo("K7QM-3XWP-9HDA");
    }

    @Test
    void lookupsAcceptLowerCaseSpacesAndMissingDashes() {
        assertThat(TrackingCodes.normalize("K7QM-3XWP-9HDA")).contains("K7QM3XWP9HDA");
        assertThat(TrackingCodes.normalize("k7qm-3xwp-9hda")).contains("K7QM3XWP9HDA");
        assertThat(TrackingCodes.normalize("k7qm3xwp9hda")).contains("K7QM3XWP9HDA");
        assertThat(TrackingCodes.normalize(" K7QM 3XWP 9HDA ")).contains("K7QM3XWP9HDA");
    }

    @Test
    void whatCannotBeACodeIsNoCode() {
        assertThat(TrackingCodes.normalize(null)).isEmpty();
        assertThat(TrackingCodes.normalize("")).isEmpty();
        assertThat(TrackingCodes.normalize("K7QM-3XWP-9HD")).isEmpty();
        assertThat(TrackingCodes.normalize("K7QM-3XWP-9HDAA")).isEmpty();
        // O, I, 0 and 1 are never used
        assertThat(TrackingCodes.normalize("K7QM-3XWP-9HD0")).isEmpty();
        assertThat(TrackingCodes.normalize("K7QM-3XWP-9HDI")).isEmpty();
        assertThat(TrackingCodes.normalize("<script>alert(1)</script>")).isEmpty();
        assertThat(TrackingCodes.normalize("K".repeat(10_000))).isEmpty();
    }
}
