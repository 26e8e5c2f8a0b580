package vn.phoyen.workflow.cases;

import vn.phoyen.workflow.process.Refusal;

/**
 * A case cannot start with the variables given; the message names the variable, in Vietnamese. A refusal: the start
 * rolls back, so no instance is left, and the REST API answers 400 with the message.
 */
public class CaseStartException extends Refusal {

    private static final long serialVersionUID = 1L;

    public CaseStartException(String message) {
        super(message);
    }
}
