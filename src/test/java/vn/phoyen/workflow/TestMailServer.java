package vn.phoyen.workflow;

import java.util.Arrays;
import java.util.List;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * An SMTP server (GreenMail) for the engine tests, started once per JVM on a free port, so that tests see
 * the e-mails the system really sends instead of trusting a log line.
 */
public class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of(
                "spring.mail.host=127.0.0.1",
                "spring.mail.port=" + server().getSmtp().getPort(),
                "ward.notification.enabled=true").applyTo(context);
    }

    /** Subjects of the messages received so far by one address. */
    public static List<String> subjectsTo(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(message -> isTo(message, address))
                .map(TestMailServer::subject)
                .toList();
    }

    /** The text of every message sent to the address, decoded. */
    public static List<String> bodiesTo(String address) {
        return Arrays.stream(server().getReceivedMessages()).filter(message -> isTo(message, address))
                .map(message -> {
                    try {
                        return String.valueOf(message.getContent());
                    } catch (Exception unreadable) {
                        throw new IllegalStateException(unreadable);
                    }
                }).toList();
    }

    private static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    private static boolean isTo(MimeMessage message, String address) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(recipient -> recipient.toString().contains(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
