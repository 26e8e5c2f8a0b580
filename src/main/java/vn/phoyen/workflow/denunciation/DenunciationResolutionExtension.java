package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gia hạn giải quyết (bean {@code denunciationResolutionExtension}): see {@link DenunciationSteps}. */
@Component("denunciationResolutionExtension")
class DenunciationResolutionExtension implements JavaDelegate {

    private final DenunciationSteps steps;

    DenunciationResolutionExtension(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.extendResolution(execution);
    }
}
