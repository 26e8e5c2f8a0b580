package vn.phoyen.workflow.reception;

import vn.phoyen.workflow.process.Refusal;

/**
 * A matter of a reception cannot be handled as entered; the message says in Vietnamese what to fix. A refusal: the
 * clerk's submission rolls back, the task stays open and the REST API (so Tasklist) answers 400 with the message.
 */
public class ReceptionException extends Refusal {

    private static final long serialVersionUID = 1L;

    public ReceptionException(String message) {
        super(message);
    }
}
