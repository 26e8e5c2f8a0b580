package vn.phoyen.workflow.document;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The abbreviations the ward's documents use, spelled out where the text first uses them and short after that, as an
 * administrative document writes them ("Ủy ban nhân dân (UBND)", then "UBND"). One instance reads one document from
 * top to bottom. Number and symbol ("54/KH-UBND") are not words of the text and stay as they are.
 */
public final class Abbreviations {

    /** Each abbreviation in full; "Chỉ số SIPAS" in the text becomes the index's full name, not "Chỉ số Chỉ số …". */
    public static final Map<String, String> IN_FULL = Map.of(
            "UBND", "Ủy ban nhân dân",
            "HĐND", "Hội đồng nhân dân",
            "SIPAS", "Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước",
            "PAPI", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh");

    /** A whole word: not inside a number and symbol ("BC-UBND", "UBND-VP"), with "Chỉ số " before an index taken along. */
    private static final Pattern USE = Pattern.compile(
            "(?<![\\p{L}\\p{N}/-])(\\(?)((?:Chỉ số )?(?:SIPAS|PAPI)|UBND|HĐND)(?![\\p{L}\\p{N}/-])");

    private final Set<String> spelledOut = new HashSet<>();

    /** The text with the abbreviations not yet met spelled out once; those met before left short. */
    public String spellOut(String text) {
        Matcher use = USE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (use.find()) {
            String term = use.group(2).replace("Chỉ số ", "");
            String replacement = use.group();
            // the writer spelled it out already: "Hội đồng nhân dân (HĐND)" counts as the first use
            if (spelledOut.add(term) && use.group(1).isEmpty()) {
                replacement = IN_FULL.get(term) + " (" + term + ")";
            }
            use.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        use.appendTail(out);
        return out.toString();
    }
}
