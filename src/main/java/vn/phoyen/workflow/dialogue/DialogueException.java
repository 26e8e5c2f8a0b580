package vn.phoyen.workflow.dialogue;

/** What staff entered for a dialogue conference cannot be accepted; the message says in Vietnamese what to fix. */
public class DialogueException extends RuntimeException {

    public DialogueException(String message) {
        super(message);
    }
}
