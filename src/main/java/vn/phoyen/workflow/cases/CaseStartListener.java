package vn.phoyen.workflow.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * Opens a case as its process starts (bean {@code caseStart}; in a model:
 * {@code <camunda:executionListener event="start" delegateExpression="${caseStart}"/>} on the process — a
 * delegate, not a method expression, so the refusal reaches the caller unwrapped):
 * checks the start variables, gives the case its number as business key and adds what the opening derives.
 * A refused start ({@link CaseStartException}, or a date no calendar can count) is a refusal: REST answers 400 and no
 * instance is left.
 */
@Component("caseStart")
public class CaseStartListener implements ExecutionListener {

    private final Map<String, CaseOpening> openings;
    private final CaseNumbers numbers;

    CaseStartListener(List<CaseOpening> openings, CaseNumbers numbers) {
        this.openings = openings.stream().collect(Collectors.toMap(CaseOpening::processKey, Function.identity()));
        this.numbers = numbers;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String processKey = execution.getProcessEngineServices().getRepositoryService()
                .getProcessDefinition(execution.getProcessDefinitionId()).getKey();
        CaseOpening opening = openings.get(processKey);
        if (opening == null) {
            throw new IllegalStateException("no CaseOpening for process " + processKey);
        }
        LocalDate today = WardClock.today();
        execution.setVariables(opening.open(new StartVariables(execution.getVariables()), today));
        execution.setProcessBusinessKey(numbers.next(opening.kind(), today.getYear()));
    }
}
