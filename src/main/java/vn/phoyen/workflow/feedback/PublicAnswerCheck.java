package vn.phoyen.workflow.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps the sender out of the published answer: the public text may not name the sender nor give their phone number
 * or e-mail address. Names are compared without case and diacritics ("nguyen van hung" is "Nguyễn Văn Hùng"). A
 * name is found when the full name, or two of its words in a row ("Văn Hùng"), or a form of address followed by the
 * given name ("ông Hùng") appear; the given name alone is a common word ("hùng", "lan", "minh") and is allowed.
 */
final class PublicAnswerCheck {

    /**
     * Forms of address written before a given name in an answer (ông, bà, chị, chú, bác). "anh", "cô" and "em" are
     * left out: without diacritics they are everyday words ("anh hùng", "có"), which would refuse harmless texts.
     */
    private static final Set<String> ADDRESS_WORDS = Set.of("ong", "ba", "chi", "chu", "bac");

    private static final Pattern DIGIT_RUN = Pattern.compile("\\+?\\d[\\d\\s.\\-()]{7,}\\d");

    private PublicAnswerCheck() {
    }

    /** The problem in Vietnamese (naming the field {@code field}), or empty when the text names nobody. */
    static Optional<String> problem(String field, String publicText, String senderName, String senderContact) {
        if (publicText == null || publicText.isBlank()) {
            return Optional.empty();
        }
        String text = " " + PlainWords.of(publicText) + " ";
        if (namesSender(text, senderName)) {
            return Optional.of("Nội dung công khai (" + field + ") nêu tên người gửi (" + senderName.strip()
                    + "): câu trả lời đăng trên trang của phường không được nêu họ tên, số điện thoại hay email của "
                    + "người gửi. Lời cảm ơn hay thông tin riêng xin ghi vào ô trả lời cho người gửi (senderReply).");
        }
        if (givesContact(publicText, senderContact)) {
            return Optional.of("Nội dung công khai (" + field + ") có số điện thoại hoặc email của người gửi: câu trả "
                    + "lời đăng trên trang của phường không được nêu thông tin liên hệ của người gửi.");
        }
        return Optional.empty();
    }

    private static boolean namesSender(String foldedText, String senderName) {
        if (senderName == null) {
            return false;
        }
        List<String> words = PlainWords.words(senderName);
        if (words.isEmpty()) {
            return false;
        }
        List<String> phrases = new ArrayList<>();
        phrases.add(String.join(" ", words));
        for (int i = 0; i + 1 < words.size(); i++) {
            phrases.add(words.get(i) + " " + words.get(i + 1));
        }
        String given = words.get(words.size() - 1);
        ADDRESS_WORDS.forEach(address -> phrases.add(address + " " + given));
        if (words.size() == 1) {
            // a one-word name is only found after a form of address
            phrases.remove(0);
        }
        return phrases.stream().anyMatch(phrase -> foldedText.contains(" " + phrase + " "));
    }

    private static boolean givesContact(String publicText, String senderContact) {
        if (senderContact == null || senderContact.isBlank()) {
            return false;
        }
        if (Contact.isEmail(senderContact)
                && publicText.toLowerCase(Locale.ROOT).contains(senderContact.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        Optional<String> phone = Contact.phone(senderContact);
        if (phone.isEmpty()) {
            return false;
        }
        Matcher run = DIGIT_RUN.matcher(publicText);
        while (run.find()) {
            Optional<String> found = Contact.phone(run.group());
            if (found.isPresent() && found.get().equals(phone.get())) {
                return true;
            }
        }
        return false;
    }
}
