package vn.phoyen.workflow.notification;

import java.nio.charset.StandardCharsets;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * E-mails a staff user or every member of a group (ward unit) in plain UTF-8 text.
 * <p>
 * When {@code ward.notification.enabled} is false nothing is sent; each recipient is logged at INFO instead.
 * <p>
 * Every recipient gets a message of their own, so members of a group do not see each other's addresses. Users
 * without an e-mail address are skipped with a warning; unknown users or groups throw
 * {@link IllegalArgumentException}; a message the mail server does not accept throws {@link NotificationException}.
 */
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final RecipientDirectory recipients;

    @Nullable
    private final JavaMailSender mailSender;

    private final boolean enabled;

    private final InternetAddress from;

    Notifier(RecipientDirectory recipients, @Nullable JavaMailSender mailSender, NotificationProperties properties) {
        if (properties.enabled() && mailSender == null) {
            throw new IllegalStateException(
                    "ward.notification.enabled is true but there is no mail server: set spring.mail.host");
        }
        this.recipients = recipients;
        this.mailSender = mailSender;
        this.enabled = properties.enabled();
        this.from = parseFrom(properties.from());
    }

    public void notifyUser(String userId, String subject, String body) {
        recipients.user(userId).ifPresent(recipient -> send(recipient, subject, body));
    }

    public void notifyGroup(String groupId, String subject, String body) {
        recipients.groupMembers(groupId).forEach(recipient -> send(recipient, subject, body));
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
        send(new Recipient(address, null, address), subject, body);
    }

    private void send(Recipient recipient, String subject, String body) {
        if (!enabled) {
            log.info("e-mail disabled: would notify {} about {}", recipient.userId(), subject);
            return;
        }
        try {
            mailSender.send(mimeMessage -> {
                MimeMessageHelper message = new MimeMessageHelper(mimeMessage, StandardCharsets.UTF_8.name());
                message.setFrom(from.getAddress(), from.getPersonal());
                message.setTo(new InternetAddress(recipient.email(), recipient.fullName(),
                        StandardCharsets.UTF_8.name()));
                message.setSubject(subject);
                message.setText(body);
            });
        }
        catch (MailException ex) {
            throw new NotificationException(recipient.userId(), ex);
        }
    }

    /** Parsed once so that a bad {@code ward.notification.from} stops the application at startup. */
    private static InternetAddress parseFrom(String from) {
        try {
            return new InternetAddress(from, true);
        }
        catch (AddressException ex) {
            throw new IllegalArgumentException("ward.notification.from is not an e-mail address: " + from, ex);
        }
    }
}
