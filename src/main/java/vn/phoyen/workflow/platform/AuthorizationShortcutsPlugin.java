package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.AuthorizationCommandChecker;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CurrentStaff;

/**
 * The engine's authorization checks, without four of their costs whose answer is known beforehand (issue 15). Same
 * answers as the engine's own checks; AuthorizationShortcutsTest compares them.
 *
 * <ul>
 * <li>The engine reads every group that holds any authorization before each check (SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION, once per command) only to leave out of the check's IN-list the user's groups that hold none; a
 * group without a row matches no row anyway. The read scans the whole table, which grows with the cases; a staff
 * member is in two or three groups, so the longer IN-list costs nothing.</li>
 * <li>A task list asked only for the tasks assigned to the user, or only for those offered to the user's own groups
 * (Tasklist's "Việc của tôi" and "Việc của đơn vị"), skips the per-task check: the engine's authorization provider
 * grants READ on a task to its assignee and to every candidate group when it names them, so each task such a list
 * finds passes the check. The check probed the grants of every task of the unit before sorting and keeping a page:
 * its cost grew with a unit's open tasks. Where any REVOKE exists for the user or the user's groups (none are made by
 * this system; an administrator could add one in Admin), the engine checks every task as before.</li>
 * <li>A task query restricted to process models the user may read every task of (READ_TASK on each model, as the
 * supervising office and the supervisors hold on the models they follow, and administrators on all) skips the
 * per-task check too: the engine's check lets each task of such a model through. Same condition on REVOKEs.</li>
 * <li>Claiming or completing a task (the engine's TASK_WORK check) by its assignee, or by a member of one of its
 * candidate groups or a candidate user, is let through without the check's query: the engine's provider granted each
 * of them TASK_WORK when it named them. The query, built anew for each call from some hundred parameters, was a
 * ninth of the CPU of a feedback case. Anyone else, or anyone where a REVOKE exists, is checked by the engine.</li>
 * <li>Whether a REVOKE exists for the user or the user's groups, which the engine asks the database in each command
 * that checks, is kept for half a minute ({@link RecentRevokes}); a REVOKE saved or deleted through this node's engine
 * counts at once, one saved through another node within that half minute.</li>
 * </ul>
 */
@Component
class AuthorizationShortcutsPlugin extends AbstractProcessEnginePlugin {

    private final RecentRevokes revokes = new RecentRevokes();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomSessionFactories() == null) {
            configuration.setCustomSessionFactories(new ArrayList<>());
        }
        configuration.getCustomSessionFactories().add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new ShortcutAuthorizations(revokes);
            }
        });
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setCommandCheckers(configuration.getCommandCheckers().stream()
                .map(checker -> checker instanceof AuthorizationCommandChecker ? new NamedWorkers() : checker)
                .toList());
    }

    static final class NamedWorkers extends AuthorizationCommandChecker {

        @Override
        public void checkTaskWork(TaskEntity task) {
            if (!(getAuthorizationManager() instanceof ShortcutAuthorizations authorizations)
                    || !authorizations.namedOn(task)) {
                super.checkTaskWork(task);
            }
        }
    }

    static final class ShortcutAuthorizations extends AuthorizationManager {

        /** Per command (a manager lives as long as its command): whether the user reads every task of a model. */
        private final Map<String, Boolean> readsEveryTaskOf = new HashMap<>();
        private final RecentRevokes revokes;

        ShortcutAuthorizations(RecentRevokes revokes) {
            this.revokes = revokes;
        }

        @Override
        protected boolean isRevokeAuthCheckEnabled(String userId, List<String> groupIds) {
            if (isRevokeAuthCheckUsed == null) {
                isRevokeAuthCheckUsed = revokes.exist(userId, groupIds,
                        () -> super.isRevokeAuthCheckEnabled(userId, groupIds));
            }
            return isRevokeAuthCheckUsed;
        }

        @Override
        public void insert(DbEntity entity) {
            super.insert(entity);
            forgetRevokesIfOne(entity);
        }

        @Override
        public void update(AuthorizationEntity authorization) {
            super.update(authorization);
            forgetRevokesIfOne(authorization);
        }

        @Override
        public void delete(DbEntity entity) {
            super.delete(entity);
            forgetRevokesIfOne(entity);
        }

        private void forgetRevokesIfOne(DbEntity entity) {
            if (entity instanceof AuthorizationEntity authorization
                    && authorization.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
                revokes.forgetAll();
                // a command asking before this one commits would keep the old answer: forget it again then
                getCommandContext().getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        committed -> revokes.forgetAll());
            }
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : List.copyOf(authenticatedGroupIds);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (!check.isAuthorizationCheckEnabled() || check.isRevokeAuthorizationCheckEnabled()) {
                return;
            }
            Optional<CurrentStaff> user = CurrentStaff.of(getCommandContext().getProcessEngineConfiguration()
                    .getIdentityService());
            if (user.isPresent() && (OwnTasks.only(query, user.get().userId(), user.get().groupIds())
                    || ofModelsReadWhole(query, user.get()))) {
                check.setAuthorizationCheckEnabled(false);
            }
        }

        /** The current user is the task's assignee or one of its candidates, and no REVOKE could take that back. */
        boolean namedOn(TaskEntity task) {
            Optional<CurrentStaff> user = CurrentStaff.of(getCommandContext().getProcessEngineConfiguration()
                    .getIdentityService());
            if (!isAuthCheckExecuted() || user.isEmpty()) {
                return false;
            }
            String userId = user.get().userId();
            if (isRevokeAuthCheckEnabled(userId, user.get().groupIds())) {
                return false;
            }
            return userId.equals(task.getAssignee()) || task.getIdentityLinks().stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                    .anyMatch(link -> userId.equals(link.getUserId())
                            || link.getGroupId() != null && user.get().groupIds().contains(link.getGroupId()));
        }

        private boolean ofModelsReadWhole(TaskQueryImpl query, CurrentStaff user) {
            List<String> keys = new ArrayList<>();
            if (query.getProcessDefinitionKey() != null) {
                keys.add(query.getProcessDefinitionKey());
            }
            if (query.getProcessDefinitionKeys() != null) {
                keys.addAll(Arrays.asList(query.getProcessDefinitionKeys()));
            }
            return !keys.isEmpty() && keys.stream().allMatch(key -> readsEveryTaskOf.computeIfAbsent(key,
                    model -> isAuthorized(user.userId(), user.groupIds(), ProcessDefinitionPermissions.READ_TASK,
                            Resources.PROCESS_DEFINITION, model)));
        }
    }
}
