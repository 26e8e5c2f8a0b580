package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.TestDatabase;

class PostgresMultiRowInsertsTest {

    @Test
    void aPostgresPoolSendsBatchedInsertsAsMultiRowInserts() {
        assertThat(option("jdbc:postgresql://db:5432/ward")).isEqualTo("true");
    }

    @Test
    void theOptionInTheUrlIsLeftAsItIs() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/ward?reWriteBatchedInserts=false");

        PostgresMultiRowInserts.apply(pool);

        assertThat(pool.getDataSourceProperties()).doesNotContainKey(PostgresMultiRowInserts.OPTION);
    }

    @Test
    void theOptionAmongTheDataSourcePropertiesIsLeftAsItIs() {
        HikariDataSource pool = pool("jdbc:postgresql://db:5432/ward");
        pool.addDataSourceProperty(PostgresMultiRowInserts.OPTION, "false");

        PostgresMultiRowInserts.apply(pool);

        assertThat(pool.getDataSourceProperties()).containsEntry(PostgresMultiRowInserts.OPTION, "false");
    }

    @Test
    void otherDatabasesAreLeftAsTheyAre() {
        assertThat(option("jdbc:h2:mem:ward")).isNull();
    }

    private static Object option(String url) {
        HikariDataSource pool = pool(url);
        PostgresMultiRowInserts.apply(pool);
        return pool.getDataSourceProperties().get(PostgresMultiRowInserts.OPTION);
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    /** The engine takes the driver's answer to a multi-row insert (no row counts): a start's variables all arrive. */
    @Nested
    @EngineTest
    class OnTheApplicationsDatabase {

        @Autowired
        DataSource dataSource;
        @Autowired
        RuntimeService runtimeService;
        @Autowired
        HistoryService historyService;

        @Test
        void theOptionIsOnExactlyWhenTheDatabaseIsPostgres() {
            boolean postgres = "postgres".equals(System.getProperty(TestDatabase.PROPERTY));

            assertThat(((HikariDataSource) dataSource).getDataSourceProperties().get(PostgresMultiRowInserts.OPTION))
                    .isEqualTo(postgres ? "true" : null);
        }

        @Test
        void aStartWritingManyRowsOfATableAtOnceKeepsThemAll() {
            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("leadUnit", "kthtdt");
            variables.put("receivedDate", "2026-03-02");
            for (int i = 1; i <= 12; i++) {
                variables.put("note" + i, "Ghi chú số " + i);
            }

            String instance = runtimeService.startProcessInstanceByKey("plan-fixture", variables).getId();

            assertThat(runtimeService.getVariables(instance)).containsAllEntriesOf(variables);
            assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instance).list())
                    .extracting(HistoricVariableInstance::getName).containsAll(variables.keySet());
            assertThat(historyService.createHistoricDetailQuery().processInstanceId(instance).variableUpdates()
                    .count()).isGreaterThanOrEqualTo(variables.size());
        }
    }
}
