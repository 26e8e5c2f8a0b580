package vn.phoyen.workflow.platform;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization provider reads the database for a grant on a task before it makes one, for each
 * candidate group, candidate user and assignee. A task created in the same command (the model's candidate groups, an
 * assignee named as the task is created) has a new id, so no grant on it can be in the database; the provider itself
 * merges one made earlier in the command. The read is left out for such a task: 8 queries per feedback case
 * (BENCHMARKS.md, change 20). A task that already existed is looked up as before.
 */
@Component
class NewTaskGrantsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new NewTaskGrants());
    }

    static final class NewTaskGrants extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId,
                Resource resource) {
            return createdInThisCommand(taskId) ? null : super.getGrantAuthorization(taskId, userId, groupId, resource);
        }

        private static boolean createdInThisCommand(String taskId) {
            CachedDbEntity task = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                    .getCachedEntity(TaskEntity.class, taskId);
            return task != null && task.getEntityState() == DbEntityState.TRANSIENT;
        }
    }
}
