package vn.phoyen.workflow.feedback;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the ward can reach a sender: by e-mail when the contact given is an e-mail address, otherwise by phone. What the
 * residents' page accepts as a contact: a Vietnamese phone number or an e-mail address.
 */
public final class Contact {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    /** Spaces, dots, dashes and brackets people put between digits. */
    private static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s.\\-()]");

    /**
     * A mobile number, 10 digits from 0 (0912 345 678; networks 03, 05, 07, 08, 09), or a landline, 11 digits from 02
     * (0208 3863 115); either also without its 0 after +84 or 84.
     */
    private static final Pattern PHONE = Pattern.compile("(?:0|\\+84|84)(?:[35789]\\d{8}|2\\d{9})");

    private Contact() {
    }

    static boolean isEmail(String contact) {
        return contact != null && EMAIL.matcher(contact.strip()).matches();
    }

    /** A Vietnamese phone number (spaces, dots, dashes allowed between digits) or an e-mail address. */
    public static boolean isValid(String contact) {
        return isEmail(contact) || phone(contact).isPresent();
    }

    /** The phone number in its national form (0 and 9 digits), if the contact is one. */
    static Optional<String> phone(String contact) {
        if (contact == null) {
            return Optional.empty();
        }
        String digits = PHONE_SEPARATORS.matcher(contact.strip()).replaceAll("");
        if (!PHONE.matcher(digits).matches()) {
            return Optional.empty();
        }
        return Optional.of("0" + digits.substring(digits.startsWith("0") ? 1 : digits.startsWith("+") ? 3 : 2));
    }
}
