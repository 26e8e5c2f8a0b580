package vn.phoyen.workflow.platform;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.PersistenceSession;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManagerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine checks the id of every row it inserts, and builds the error message first, from the entity's
 * {@code toString()} (every field of a variable or a history event): 3.6 % of the application's CPU in a feedback
 * lifecycle (BENCHMARKS.md, change 13). The same check, the message built only for an id it refuses.
 */
@Component
class EntityIdCheckPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.getSessionFactories().put(DbEntityManager.class,
                new CheckingIdsOnDemand(configuration.getIdGenerator()));
    }

    static final class CheckingIdsOnDemand extends DbEntityManagerFactory {

        CheckingIdsOnDemand(IdGenerator ids) {
            super(ids);
        }

        @Override
        public DbEntityManager openSession() {
            return new EntityManager(idGenerator,
                    Context.getCommandContext().getSession(PersistenceSession.class));
        }
    }

    static final class EntityManager extends DbEntityManager {

        EntityManager(IdGenerator ids, PersistenceSession persistence) {
            super(ids, persistence);
        }

        @Override
        protected void validateId(DbEntity entity) {
            if (entity.getId() == null || Authorization.ANY.equals(entity.getId())) {
                super.validateId(entity);
            }
        }
    }
}
