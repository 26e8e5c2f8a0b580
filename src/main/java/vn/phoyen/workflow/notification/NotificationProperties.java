package vn.phoyen.workflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled send e-mail through {@code spring.mail.host}; off by default so the demo runs without an SMTP server
 * @param from the From header, an RFC 5322 address with an optional (Vietnamese) display name
 * @param claim how long the node that wrote an e-mail has to send it before another node's sweep may (longer than
 *     sending a transaction's e-mails can take, within the SMTP timeouts of {@code spring.mail.properties})
 * @param keepSent how long a sent e-mail stays in {@code ward_mail_outbox}, to answer "was I told?"
 */
@ConfigurationProperties("ward.notification")
record NotificationProperties(boolean enabled,
        @DefaultValue("UBND phường Phổ Yên <no-reply@phoyen.local>") String from,
        @DefaultValue("5m") Duration claim,
        @DefaultValue("30d") Duration keepSent) {
}
