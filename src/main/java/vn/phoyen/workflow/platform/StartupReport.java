package vn.phoyen.workflow.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.TimeZone;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** States once, at start-up, what an operator needs to know first: which profile, which database, which engine settings. */
@Component
class StartupReport {

    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private final Environment environment;
    private final DataSource dataSource;
    private final ProcessEngine engine;

    StartupReport(Environment environment, DataSource dataSource, ProcessEngine engine) {
        this.environment = environment;
        this.dataSource = dataSource;
        this.engine = engine;
    }

    @EventListener(ApplicationReadyEvent.class)
    void report() throws SQLException {
        String profiles = environment.getActiveProfiles().length == 0 ? "default"
                : String.join(",", Arrays.asList(environment.getActiveProfiles()));
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData database = connection.getMetaData();
            LOG.info("Hồ sơ cấu hình: {} | CSDL: {} {} tại {} | lịch sử: {} | phân quyền: {} | múi giờ: {}",
                    profiles, database.getDatabaseProductName(), database.getDatabaseProductVersion(),
                    database.getURL(), configuration.getHistory(),
                    configuration.isAuthorizationEnabled() ? "bật" : "TẮT", TimeZone.getDefault().getID());
        }
    }
}
