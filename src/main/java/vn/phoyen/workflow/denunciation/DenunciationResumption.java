package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tiếp tục giải quyết (bean {@code denunciationResumption}): see {@link DenunciationSteps}. */
@Component("denunciationResumption")
class DenunciationResumption implements JavaDelegate {

    private final DenunciationSteps steps;

    DenunciationResumption(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.resume(execution);
    }
}
