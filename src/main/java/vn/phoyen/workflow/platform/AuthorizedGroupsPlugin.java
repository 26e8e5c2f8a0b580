package vn.phoyen.workflow.platform;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine from reading every group that holds any authorization before each authorization check. The engine
 * does so (SELECT DISTINCT GROUP_ID_ FROM ACT_RU_AUTHORIZATION, once per command) only to leave out of the check's
 * IN-list the user's groups that hold none; a group without a row matches no row anyway, so the check's answer is the
 * same without it. The read scans the whole table, which grows with the cases (issue 15: ten such reads per feedback
 * case, each slower as grants accumulate); a staff member is in two or three groups, so the longer IN-list costs
 * nothing.
 */
@Component
class AuthorizedGroupsPlugin extends AbstractProcessEnginePlugin {

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
                return new UnfilteredGroups();
            }
        });
    }

    static final class UnfilteredGroups extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            return authenticatedGroupIds == null ? List.of() : List.copyOf(authenticatedGroupIds);
        }
    }
}
