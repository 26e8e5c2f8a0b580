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
 * Hands one e-mail to the mail server in plain UTF-8 text. When {@code ward.notification.enabled} is false nothing is
 * sent; the recipient is logged at INFO instead.
 */
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);

    @Nullable
    private final JavaMailSender mailSender;

    private final boolean enabled;

    private final InternetAddress from;

    MailDelivery(@Nullable JavaMailSender mailSender, NotificationProperties properties) {
        if (properties.enabled() && mailSender == null) {
            throw new IllegalStateException(
                    "ward.notification.enabled is true but there is no mail server: set spring.mail.host");
        }
        this.mailSender = mailSender;
        this.enabled = properties.enabled();
        this.from = parseFrom(properties.from());
    }

    /** @throws NotificationException if the mail server does not take it */
    void send(Mail mail) {
        if (!enabled) {
            log.info("e-mail disabled: would notify {} about {}", mail.recipientId(), mail.subject());
            return;
        }
        try {
            mailSender.send(mimeMessage -> {
                MimeMessageHelper message = new MimeMessageHelper(mimeMessage, StandardCharsets.UTF_8.name());
                message.setFrom(from.getAddress(), from.getPersonal());
                message.setTo(new InternetAddress(mail.address(), mail.name(), StandardCharsets.UTF_8.name()));
                message.setSubject(mail.subject());
                message.setText(mail.body());
            });
        }
        catch (MailException ex) {
            throw new NotificationException(mail.recipientId(), ex);
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
