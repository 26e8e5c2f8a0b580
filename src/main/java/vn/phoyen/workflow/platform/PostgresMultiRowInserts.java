package vn.phoyen.workflow.platform;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL the driver sends the engine's batched inserts as multi-row inserts ({@code reWriteBatchedInserts}):
 * a command's flush writes its variables, their history rows and its authorizations table by table, and without the
 * option each row is its own statement. The engine accepts the driver's answer for such a batch (no row counts) for
 * inserts only, which is all the option rewrites (camunda/camunda-bpm-platform#548). A value set in the URL or in
 * {@code spring.datasource.hikari.data-source-properties} is left as it is; other databases are left as they are.
 */
@Component
class PostgresMultiRowInserts implements BeanPostProcessor {

    static final String OPTION = "reWriteBatchedInserts";

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    static void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (url != null && url.startsWith("jdbc:postgresql:") && !url.contains(OPTION)
                && !pool.getDataSourceProperties().containsKey(OPTION)) {
            pool.addDataSourceProperty(OPTION, "true");
        }
    }
}
