package vn.phoyen.workflow.feedback;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text as the ward compares it: lower case, without diacritics (đ as d), words separated by single spaces. */
final class PlainWords {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTERS_OR_DIGITS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PlainWords() {
    }

    static String of(String text) {
        String unmarked = MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("").replace('đ', 'd');
        return NOT_LETTERS_OR_DIGITS.matcher(unmarked).replaceAll(" ").strip();
    }

    /** The words of {@link #of}, in the text's order; none for a text without letters or digits. */
    static List<String> words(String text) {
        String plain = of(text);
        return plain.isEmpty() ? List.of() : List.of(plain.split(" "));
    }
}
