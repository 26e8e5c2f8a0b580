package vn.phoyen.workflow.denunciation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** Kiểm tra công khai kết luận (bean {@code denunciationPublicationCheck}): see {@link DenunciationSteps}. */
@Component("denunciationPublicationCheck")
class DenunciationPublicationCheck implements ExecutionListener {

    private final DenunciationSteps steps;

    DenunciationPublicationCheck(DenunciationSteps steps) {
        this.steps = steps;
    }

    @Override
    public void notify(DelegateExecution execution) {
        steps.checkPublication(execution);
    }
}
