package vn.phoyen.workflow.dialogue;

import vn.phoyen.workflow.process.Refusal;

/**
 * What staff entered for a dialogue conference cannot be accepted; the message says in Vietnamese what to fix. A
 * {@link Refusal}: Tasklist and the REST API answer it 400 with this message, the task stays open, nothing is lost.
 */
public class DialogueException extends Refusal {

    private static final long serialVersionUID = 1L;

    public DialogueException(String message) {
        super(message);
    }
}
