package vn.phoyen.workflow.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled send e-mail through {@code spring.mail.host}; off by default so the demo runs without an SMTP server
 * @param from the From header, an RFC 5322 address with an optional (Vietnamese) display name
 */
@ConfigurationProperties("ward.notification")
record NotificationProperties(boolean enabled,
        @DefaultValue("UBND phường Phổ Yên <no-reply@phoyen.local>") String from) {
}
