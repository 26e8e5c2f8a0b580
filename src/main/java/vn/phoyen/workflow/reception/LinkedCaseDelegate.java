package vn.phoyen.workflow.reception;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.stereotype.Component;

/**
 * "Mở hồ sơ" of {@code citizen-reception}: opens the matter's case through {@link LinkedCases}, in the clerk's
 * transaction, so a refused start rolls the form submission back and leaves the task open. Records the case number
 * in {@code linkedCase} (this matter) and {@code linkedCases} (the reception).
 */
@Component("receptionLinkedCase")
class LinkedCaseDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        LinkedCases cases = new LinkedCases((processKey, variables) -> {
            try {
                return execution.getProcessEngineServices().getRuntimeService()
                        .startProcessInstanceByKey(processKey, variables).getBusinessKey();
            } catch (BadUserRequestException | FormFieldValidationException refused) {
                // the case opening refused a start variable
                throw ReceptionEngineAdapters.fromEngine(refused);
            }
        });
        Reception reception = new Reception(execution.getProcessBusinessKey(),
                (String) execution.getVariable("receptionDate"), (String) execution.getVariable("visitorName"),
                (String) execution.getVariable("visitorAddress"));
        String caseNumber;
        try {
            caseNumber = cases.open(reception, Matter.from(execution::getVariable));
        } catch (ReceptionException refused) {
            throw ReceptionEngineAdapters.refusal(refused);
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
