package vn.phoyen.workflow.notification;

import java.time.Duration;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** An in-memory database of its own with the system's tables, for the outbox without the application. */
final class OutboxDatabase {

    private OutboxDatabase() {
    }

    static JdbcTemplate create() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:outbox-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        return new JdbcTemplate(dataSource);
    }

    static NotificationProperties properties(boolean enabled, String from) {
        return new NotificationProperties(enabled, from, Duration.ofMinutes(5), Duration.ofDays(30));
    }
}
