package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Tạm đình chỉ giải quyết (bean {@code denunciationSuspension}): see {@link DenunciationSteps}. */
@Component("denunciationSuspension")
class DenunciationSuspension implements JavaDelegate {

    private final DenunciationSteps steps;

    DenunciationSuspension(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.suspend(execution);
    }
}
