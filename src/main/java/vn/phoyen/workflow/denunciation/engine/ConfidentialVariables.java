package vn.phoyen.workflow.denunciation.engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricVariableInstanceEntity;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Takes variables of another process out of the engine's history after the fact, when they turn out to identify a
 * denouncer — the visitor of a citizen reception whose matter became a denunciation (Law 25/2018 Art. 47 ff.).
 * {@link #seal} deletes what history already holds of the named variables of the process instance — variable
 * instances with their updates, and submitted form fields of those names; rows written earlier and rows this
 * transaction has not written yet — and, for the rest of the command, has
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
        // submitted form fields written earlier (a start or task form): in ACT_HI_DETAIL without a variable instance
        deleteStoredFormFields(command, processInstanceId, names);
        // written in this transaction (the form just submitted): never inserted
        DbEntityManager db = command.getDbEntityManager();
        List<DbEntity> unwritten = db.getDbEntityCache().getCachedEntities().stream().map(CachedDbEntity::getEntity)
                .filter(entity -> entity instanceof HistoricFormPropertyEventEntity field
                        ? processInstanceId.equals(field.getProcessInstanceId()) && names.contains(field.getPropertyId())
                        : entity instanceof HistoricVariableUpdateEventEntity detail
                        ? processInstanceId.equals(detail.getProcessInstanceId())
                                && names.contains(detail.getVariableName())
                        : entity instanceof HistoricVariableInstanceEntity variable
                                && processInstanceId.equals(variable.getProcessInstanceId())
                                && names.contains(variable.getName()))
                .toList();
        unwritten.forEach(db::delete);
    }

    private static void deleteStoredFormFields(CommandContext command, String processInstanceId,
            Collection<String> names) {
        String table = command.getProcessEngineConfiguration().getDatabaseTablePrefix() + "ACT_HI_DETAIL";
        String placeholders = String.join(", ", names.stream().map(name -> "?").toList());
        Connection connection = command.getDbSqlSession().getSqlSession().getConnection();
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                + " WHERE PROC_INST_ID_ = ? AND TYPE_ = 'FormProperty' AND NAME_ IN (" + placeholders + ")")) {
            delete.setString(1, processInstanceId);
            int i = 2;
            for (String name : names) {
                delete.setString(i++, name);
            }
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Không xoá được trường biểu mẫu bảo mật khỏi lịch sử", e);
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
