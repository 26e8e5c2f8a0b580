package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Gia hạn xử lý ban đầu (bean {@code denunciationInitialExtension}): see {@link DenunciationSteps}. */
@Component("denunciationInitialExtension")
class DenunciationInitialExtension implements JavaDelegate {

    private final DenunciationSteps steps;

    DenunciationInitialExtension(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.extendInitialProcessing(execution);
    }
}
