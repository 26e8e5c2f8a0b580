package vn.phoyen.workflow.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.persistence.entity.ByteArrayEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.phoyen.workflow.EngineTest;

/** The engine's commands insert through the entity manager that builds the id check's message only on refusal. */
@EngineTest
class EntityIdCheckPluginTest {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Test
    void theEngineInsertsThroughTheCheckingEntityManager() {
        DbEntityManager manager = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getDbEntityManager());

        assertThat(manager).isInstanceOf(EntityIdCheckPlugin.EntityManager.class);
    }

    @Test
    void aRowWithTheReservedIdIsStillRefusedAndTheMessageNamesIt() {
        ByteArrayEntity row = new ByteArrayEntity("test", new byte[0]);
        row.setId("*");

        assertThatThrownBy(() -> configuration.getCommandExecutorTxRequired().execute(context -> {
            context.getDbEntityManager().insert(row);
            return null;
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("ByteArrayEntity")
                .hasMessageContaining("has an invalid id").hasMessageContaining("cannot be *");
    }
}
