package vn.phoyen.workflow.notification;

import java.time.Clock;

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

    @Bean
    Notifier notifier(RecipientDirectory recipientDirectory, MailOutbox outbox) {
        return new Notifier(recipientDirectory, outbox);
    }
}
