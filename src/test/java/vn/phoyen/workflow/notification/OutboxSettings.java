package vn.phoyen.workflow.notification;

import java.time.Duration;

/** The outbox's settings for tests without the application. */
final class OutboxSettings {

    private OutboxSettings() {
    }

    static NotificationProperties properties(boolean enabled, String from) {
        return new NotificationProperties(enabled, from, Duration.ofMinutes(5), Duration.ofDays(30));
    }
}
