package vn.phoyen.workflow.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * E-mails a staff user or every member of a group (ward unit) in plain UTF-8 text, through the outbox: sent once the
 * caller's transaction commits, never by one that rolls back ({@link MailOutbox}).
 * <p>
 * Every recipient gets a message of their own, so members of a group do not see each other's addresses. Users
 * without an e-mail address are skipped with a warning; unknown users or groups throw
 * {@link IllegalArgumentException}. A mail server that refuses a message fails nothing here: the outbox tries again.
 */
public class Notifier {

    private final RecipientDirectory recipients;

    private final MailOutbox outbox;

    Notifier(RecipientDirectory recipients, MailOutbox outbox) {
        this.recipients = recipients;
        this.outbox = outbox;
    }

    public void notifyUser(String userId, String subject, String body) {
        recipients.user(userId).ifPresent(recipient -> outbox.post(mailTo(recipient, subject, body)));
    }

    public void notifyGroup(String groupId, String subject, String body) {
        recipients.groupMembers(groupId).forEach(recipient -> outbox.post(mailTo(recipient, subject, body)));
    }

    /**
     * E-mails someone outside the ward's staff, e.g. a resident who gave an e-mail address as contact.
     *
     * @throws IllegalArgumentException if {@code address} is not an e-mail address
     */
    public void notifyAddress(String address, String subject, String body) {
        try {
            new InternetAddress(address, true);
        }
        catch (AddressException ex) {
            throw new IllegalArgumentException("not an e-mail address: " + address, ex);
        }
        outbox.post(new Mail(address, address, null, subject, body));
    }

    private static Mail mailTo(Recipient recipient, String subject, String body) {
        return new Mail(recipient.userId(), recipient.email(), recipient.fullName(), subject, body);
    }
}
