package vn.phoyen.workflow.denunciation;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricDetailVariableInstanceUpdateEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Takes variables of another process out of the engine's history after the fact, when they turn out to identify a
 * denouncer — the visitor of a citizen reception whose matter became a denunciation (Law 25/2018 Art. 47 ff.).
 * {@link #seal} deletes what history already holds of the named variables of the process instance (rows written
 * earlier and rows this transaction has not written yet) and, for the rest of the command, has
 * {@link ConfidentialHistoryPlugin} drop every history event of those names there (their removal included). The mark
 * is a transient variable: it is never stored and is gone at the next wait state.
 */
public final class ConfidentialVariables {

    static final String SEALED = "sealedConfidentialVariables";

    private ConfidentialVariables() {
    }

    /** Within a delegate of the process instance whose variables are to be kept out of history. */
    public static void seal(DelegateExecution execution, Collection<String> names) {
        String processInstanceId = execution.getProcessInstanceId();
        execution.getProcessInstance().setVariableLocal(SEALED, Variables.stringValue(String.join(",", names), true));
        CommandContext command = Context.getCommandContext();
        HistoryService history = execution.getProcessEngineServices().getHistoryService();
        // written by earlier transactions: deleted with their details, by the system, whoever completed the task
        List<HistoricVariableInstance> stored = command.runWithoutAuthorization(() -> history
                .createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableNameIn(names.toArray(String[]::new)).list());
        for (HistoricVariableInstance variable : stored) {
            command.runWithoutAuthorization(() -> {
                history.deleteHistoricVariableInstance(variable.getId());
                return null;
            });
        }
        // written in this transaction (the form just submitted): never inserted
        DbEntityManager db = command.getDbEntityManager();
        for (HistoricDetailVariableInstanceUpdateEntity detail : db
                .getCachedEntitiesByType(HistoricDetailVariableInstanceUpdateEntity.class)) {
            if (processInstanceId.equals(detail.getProcessInstanceId()) && names.contains(detail.getVariableName())) {
                db.delete(detail);
            }
        }
        for (HistoricVariableInstanceEntity variable : db.getCachedEntitiesByType(HistoricVariableInstanceEntity.class)) {
            if (processInstanceId.equals(variable.getProcessInstanceId()) && names.contains(variable.getName())) {
                db.delete(variable);
            }
        }
    }

    /** Whether history must not receive an event of this variable in this command. */
    static boolean sealed(String processInstanceId, String variableName) {
        CommandContext command = Context.getCommandContext();
        if (command == null || processInstanceId == null || variableName == null || SEALED.equals(variableName)) {
            return false;
        }
        ExecutionEntity instance = command.getDbEntityManager().getCachedEntity(ExecutionEntity.class, processInstanceId);
        if (instance == null) {
            return false;
        }
        Object names = instance.getVariableLocal(SEALED);
        return names instanceof String list && Set.of(list.split(",")).contains(variableName);
    }
}
