package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code dialogueRequested}: the conference's lists ({@code issues}, {@code commitments}) its forms fill.
 */
@Component("dialogueOpening")
class DialogueOpening implements ExecutionListener {

    private final DialogueConferences conferences;

    DialogueOpening(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        execution.setVariable("issues", conferences.noIssues());
        execution.setVariable("commitments", conferences.blankCommitments());
    }
}
