package vn.phoyen.workflow.feedback;

import java.util.regex.Pattern;

/** How the ward can reach a sender: by e-mail when the contact given is an e-mail address, otherwise by phone. */
final class Contact {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\",;]+@[^@\\s<>\",;]+\\.[^@\\s<>\",;.]+");

    private Contact() {
    }

    static boolean isEmail(String contact) {
        return contact != null && EMAIL.matcher(contact.strip()).matches();
    }
}
