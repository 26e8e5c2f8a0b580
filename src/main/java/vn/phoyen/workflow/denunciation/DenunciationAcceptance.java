package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Thụ lý tố cáo (bean {@code denunciationAcceptance}): see {@link DenunciationSteps}. */
@Component("denunciationAcceptance")
class DenunciationAcceptance implements JavaDelegate {

    private final DenunciationSteps steps;

    DenunciationAcceptance(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        steps.accept(execution);
    }
}
