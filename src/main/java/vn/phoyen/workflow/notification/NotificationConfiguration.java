package vn.phoyen.workflow.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    /** Spring Boot only creates a {@link JavaMailSender} when {@code spring.mail.host} is set. */
    @Bean
    Notifier notifier(RecipientDirectory recipientDirectory, ObjectProvider<JavaMailSender> mailSender,
            NotificationProperties properties) {
        return new Notifier(recipientDirectory, mailSender.getIfAvailable(), properties);
    }
}
