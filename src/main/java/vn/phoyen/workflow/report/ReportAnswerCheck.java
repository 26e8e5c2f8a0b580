package vn.phoyen.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.engine.ScopeVariables;

/**
 * End listener {@code ${reportAnswerCheck}} of the office's and the Chairman's steps: refuses a completion
 * {@link ReportAnswers} finds incomplete, naming the field; the task stays open.
 */
@Component("reportAnswerCheck")
class ReportAnswerCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ReportAnswers.problem(execution.getCurrentActivityId(), ScopeVariables.of(execution)).ifPresent(problem -> {
            throw new Refusal(problem);
        });
    }
}
