package vn.phoyen.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Listener {@code ${reportNewRound}} of the flow from the office to the Chairman: each round the Chairman decides
 * afresh, so the last round's decision is neither offered in the form nor left for the gateway.
 */
@Component("reportNewRound")
class ReportNewRound implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        execution.removeVariable(ReportAnswers.DECISION);
    }
}
