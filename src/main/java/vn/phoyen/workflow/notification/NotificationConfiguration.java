package vn.phoyen.workflow.notification;

import java.time.Clock;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@EnableScheduling
class NotificationConfiguration {

    /** Spring Boot only creates a {@link JavaMailSender} when {@code spring.mail.host} is set. */
    @Bean
    MailDelivery mailDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
        return new MailDelivery(mailSender.getIfAvailable(), properties);
    }

    @Bean
    MailOutbox mailOutbox(JdbcTemplate jdbc, MailDelivery delivery, NotificationProperties properties) {
        return new MailOutbox(jdbc, delivery, properties, Clock.systemUTC());
    }

    /**
     * What waits in the outbox, for monitoring ({@code /actuator/prometheus}): a mail server that is down no longer
     * fails a step, so it shows here (and in the log) instead of as an incident.
     */
    @Bean
    MeterBinder mailOutboxGauges(MailOutbox outbox) {
        return registry -> {
            Gauge.builder("ward.mail.outbox.waiting", outbox, MailOutbox::waiting)
                    .description("E-mails not sent yet and still being tried").register(registry);
            Gauge.builder("ward.mail.outbox.given.up", outbox, MailOutbox::givenUp)
                    .description("E-mails given up after their last attempt").register(registry);
        };
    }

    @Bean
    Notifier notifier(RecipientDirectory recipientDirectory, MailOutbox outbox) {
        return new Notifier(recipientDirectory, outbox);
    }
}
