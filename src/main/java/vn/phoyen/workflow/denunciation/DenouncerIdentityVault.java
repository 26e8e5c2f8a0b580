package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * Second start listener of {@code denunciation} (after {@code caseStart}, which checked the variables and set the
 * case number): moves the denouncer's name and contact (and, from a citizen reception, the visitor's ID number and the reception's
 * number) out of the engine into {@link DenouncerIdentityStore}, in the
 * start's own transaction. Created and removed in one command, the variables are never written to the engine's
 * tables; {@link vn.phoyen.workflow.denunciation.engine.ConfidentialHistoryPlugin} keeps them out of history.
 */
@Component("denouncerIdentityVault")
class DenouncerIdentityVault implements ExecutionListener {

    private final DenouncerIdentityStore store;

    DenouncerIdentityVault(DenouncerIdentityStore store) {
        this.store = store;
    }

    @Override
    public void notify(DelegateExecution execution) {
        DenouncerIdentity identity = new DenouncerIdentity(
                (String) execution.getVariable(DenouncerIdentity.NAME_VARIABLE),
                (String) execution.getVariable(DenouncerIdentity.CONTACT_VARIABLE),
                (String) execution.getVariable(DenouncerIdentity.ID_NUMBER_VARIABLE),
                (String) execution.getVariable(DenouncerIdentity.RECEPTION_CASE_VARIABLE));
        // anonymous information (Art. 25) with nothing identifying: nothing to keep
        if (!identity.isEmpty()) {
            store.save(new DenouncerIdentityStore.ProtectedCase(execution.getProcessInstanceId(),
                    execution.getProcessBusinessKey(), (String) execution.getVariable("accusedUnit"), identity),
                    WardClock.now());
        }
        DenouncerIdentity.VARIABLES.forEach(execution::removeVariable);
        execution.setVariable("taskLabel", execution.getProcessBusinessKey());
    }
}
