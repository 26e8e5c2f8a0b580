package vn.phoyen.workflow.reception;

/** A matter of a reception cannot be handled as entered; the message says in Vietnamese what to fix. */
public class ReceptionException extends RuntimeException {

    public ReceptionException(String message) {
        super(message);
    }
}
