package vn.phoyen.workflow.organization;

import java.util.List;

import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * A unit that is handed a task of a case may from then on read that case (and the cases that called it),
 * live and in history; units never handed a task of it see nothing of it.
 */
@Component
class ParticipationGrants implements EveryUserTaskListener {

    @Override
    public List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        List<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId)
                .filter(java.util.Objects::nonNull).distinct().toList();
        if (groups.isEmpty()) {
            return;
        }
        GroupGrants grants = new GroupGrants(task.getProcessEngineServices().getAuthorizationService());
        // the user completing the previous step may not manage authorizations; the rule, not the user, grants here
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (DelegateExecution execution = task.getExecution(); execution != null;
                 execution = execution.getProcessInstance().getSuperExecution()) {
                String instanceId = execution.getProcessInstanceId();
                for (String group : groups) {
                    grants.grant(group, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
                    grants.grant(group, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
                }
            }
            return null;
        });
    }
}
