package vn.phoyen.workflow.organization;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * A unit that is handed a task of a case may from then on read that case (and the cases that called it),
 * live and in history; units never handed a task of it see nothing of it. Reading the case's history includes its
 * tasks', so the engine's grant on the new task's history to the same units is left out.
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
        AuthorizationService authorizations = task.getProcessEngineServices().getAuthorizationService();
        for (DelegateExecution execution = task.getExecution(); execution != null;
             execution = execution.getProcessInstance().getSuperExecution()) {
            for (String group : groups) {
                CaseAccess.letGroupRead(authorizations, group, execution.getProcessInstanceId());
            }
        }
        groups.forEach(group -> CaseAccess.leaveOutTaskHistoryGrant(group, task.getId()));
    }
}
