package vn.phoyen.workflow.cases;

/**
 * A case cannot start with the variables given; the message names the variable, in Vietnamese. The engine
 * adapter turns it into Camunda's BadUserRequestException, which the REST API answers with 400 and which
 * rolls the start back, so no instance is left.
 */
public class CaseStartException extends RuntimeException {

    public CaseStartException(String message) {
        super(message);
    }
}
