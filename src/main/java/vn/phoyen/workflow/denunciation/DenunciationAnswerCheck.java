package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;
import vn.phoyen.workflow.process.engine.ScopeVariables;

/**
 * Execution listener ({@code end}) of the decisive denunciation tasks: refuses a completion whose answers
 * {@link DenunciationAnswers} finds incomplete (HTTP 400 naming the field), so the task stays open. Not when the task
 * is cancelled (a withdrawal interrupting the verification).
 */
@Component("denunciationAnswerCheck")
class DenunciationAnswerCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        DenunciationAnswers.problem(execution.getCurrentActivityId(), ScopeVariables.of(execution),
                WardClock.today()).ifPresent(problem -> {
                    throw new Refusal(problem);
                });
    }
}
