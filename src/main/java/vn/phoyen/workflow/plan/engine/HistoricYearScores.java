package vn.phoyen.workflow.plan.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.plan.YearScores;
import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Reads the scores from the finished year-end evaluations in the engine's history. The year's results are the ward's
 * and are read for the supervising office and the Chairman whatever unit they belong to, so without the caller's
 * authorizations.
 */
@Component
class HistoricYearScores implements YearScores {

    private static final String EVALUATION = "plan-year-end-evaluation";

    private final ProcessEngine engine;
    private final HistoryService history;

    HistoricYearScores(ProcessEngine engine) {
        this.engine = engine;
        this.history = engine.getHistoryService();
    }

    @Override
    public List<UnitScore> of(int year) {
        return EngineCommands.withoutAuthorization(engine, () -> {
            String[] evaluations = history.createHistoricProcessInstanceQuery().processDefinitionKey(EVALUATION)
                    .completed().variableValueEquals("planYear", year).list().stream()
                    .map(HistoricProcessInstance::getId).toArray(String[]::new);
            if (evaluations.length == 0) {
                return List.of();
            }
            Map<String, Map<String, Object>> variablesByInstance = history.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(evaluations)
                    .variableNameIn("taskNumber", "leadUnit", "selfAssessment", "score").list().stream()
                    .filter(variable -> variable.getValue() != null)
                    .collect(Collectors.groupingBy(HistoricVariableInstance::getProcessInstanceId,
                            Collectors.toMap(HistoricVariableInstance::getName, HistoricVariableInstance::getValue,
                                    (first, second) -> second)));
            // an evaluation started without its task's data (by hand, or a test of one step) belongs to no task
            return variablesByInstance.values().stream()
                    .filter(variables -> variables.get("score") instanceof Number
                            && variables.get("taskNumber") instanceof Number && variables.get("leadUnit") instanceof String)
                    .map(variables -> new UnitScore(((Number) variables.get("taskNumber")).intValue(),
                            (String) variables.get("leadUnit"), (String) variables.get("selfAssessment"),
                            (int) Math.round(((Number) variables.get("score")).doubleValue())))
                    .sorted(Comparator.comparingInt(UnitScore::taskNumber).thenComparing(UnitScore::unit))
                    .toList();
        });
    }
}
