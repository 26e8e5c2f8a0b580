package vn.phoyen.workflow.reception;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.denunciation.engine.ConfidentialVariables;

/**
 * "Mở hồ sơ" of {@code citizen-reception}: opens the matter's case through {@link LinkedCases}, in the clerk's
 * transaction, so a refused start rolls the form submission back and leaves the task open. Records the case number
 * in {@code linkedCase} (this matter) and {@code linkedCases} (the reception) — except for a denunciation (Law 25/2018
 * Art. 47 ff.; Law 42/2013 Art. 26: the denouncer's identity is kept secret): then the visitor's name, address and ID
 * number have gone to the denouncer's vault with the denunciation's start, and are removed from this instance's
 * variables and history together with the matter's fields; nothing here names the denunciation.
 */
@Component("receptionLinkedCase")
class LinkedCaseDelegate implements JavaDelegate {

    static final List<String> VISITOR = List.of("visitorName", "visitorAddress", "visitorIdNumber");
    /** The visitor's identity and the denunciation matter's fields, out of the reception's history. */
    static final List<String> SEALED_ON_DENUNCIATION = List.of("visitorName", "visitorAddress", "visitorIdNumber",
            "matterSummary", "content", "accusedName", "accusedUnit", "answer", "category", "handling");

    @Override
    public void execute(DelegateExecution execution) {
        LinkedCases cases = new LinkedCases((processKey, variables) -> {
            try {
                return execution.getProcessEngineServices().getRuntimeService()
                        .startProcessInstanceByKey(processKey, variables).getBusinessKey();
            } catch (BadUserRequestException refused) {
                // the case opening refused a start variable (a refusal leaves the engine's start as this)
                throw new ReceptionException(refused.getMessage());
            }
        });
        Reception reception = new Reception(execution.getProcessBusinessKey(),
                (String) execution.getVariable("receptionDate"), (String) execution.getVariable("visitorName"),
                (String) execution.getVariable("visitorAddress"), (String) execution.getVariable("visitorIdNumber"));
        Matter matter = Matter.from(execution::getVariable);
        String caseNumber = cases.open(reception, matter);
        if (matter.handling() == Handling.DENUNCIATION) {
            // the visitor is now a denouncer: identity, matter and case number leave the reception (vault only)
            ConfidentialVariables.seal(execution, SEALED_ON_DENUNCIATION);
            VISITOR.forEach(execution.getProcessInstance()::removeVariable);
            return;
        }
        execution.setVariable("linkedCase", caseNumber);
        List<String> linked = new ArrayList<>();
        if (execution.getVariable("linkedCases") instanceof List<?> earlier) {
            earlier.forEach(number -> linked.add(String.valueOf(number)));
        }
        linked.add(caseNumber);
        execution.setVariable("linkedCases", new ArrayList<>(linked));
    }
}
