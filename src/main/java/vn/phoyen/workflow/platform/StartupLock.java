package vn.phoyen.workflow.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, nodes sharing the database start one after the other: each holds a PostgreSQL advisory lock from its
 * first use of the database (Flyway's migrations, else the engine's configuration) until the application is ready.
 * Two nodes started at the same moment on an empty database otherwise race, and one dies: both create the engine's
 * tables ("duplicate key … pg_type_typname_nsp_index"), and Flyway's baseline of an empty database finds the other
 * node's history table half made ("Unable to baseline schema history table … already exists, and is empty"), both
 * seen in scripts/two-node-drill.sh; they would also create the same groups, users and grants. The lock is a session
 * lock: a node that dies while starting releases it with its connection. Other databases (H2, one node) are left as
 * they are.
 */
@Component
class StartupLock extends AbstractProcessEnginePlugin implements FlywayMigrationStrategy {

    private static final Logger LOG = LoggerFactory.getLogger(StartupLock.class);

    /** Any number the application uses for nothing else; the same on every node. */
    static final long KEY = 20261203_15L;

    private final DataSource dataSource;
    private Connection held;

    StartupLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void migrate(Flyway flyway) {
        acquire();
        flyway.migrate();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        acquire();
    }

    private synchronized void acquire() {
        if (held != null) {
            return;
        }
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            long waitingSince = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
            held = connection;
            LOG.info("Khoá khởi động: đã nhận sau {} ms (các nút dùng chung CSDL khởi động lần lượt)",
                    (System.nanoTime() - waitingSince) / 1_000_000);
        } catch (SQLException ex) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException alsoFailed) {
                    ex.addSuppressed(alsoFailed);
                }
            }
            throw new IllegalStateException("Không nhận được khoá khởi động trên CSDL", ex);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @PreDestroy
    synchronized void release() {
        if (held == null) {
            return;
        }
        try (Connection connection = held; Statement statement = connection.createStatement()) {
            statement.execute("select pg_advisory_unlock(" + KEY + ")");
        } catch (SQLException ex) {
            // closing the connection releases the lock anyway
            LOG.warn("Khoá khởi động: trả khoá không được ({}), khoá được trả khi đóng kết nối", ex.getMessage());
        } finally {
            held = null;
        }
    }
}
