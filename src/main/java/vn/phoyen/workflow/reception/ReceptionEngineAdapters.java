package vn.phoyen.workflow.reception;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * How a refusal reaches the clerk: as a form validation error, which the REST API (and so Tasklist) answers with 400
 * and the message, where any other engine exception is a 500; the transaction rolls back and the task stays open.
 * Thrown from delegates, not task listeners, which the engine wraps in an exception of its own.
 */
final class ReceptionEngineAdapters {

    private ReceptionEngineAdapters() {
    }

    static FormFieldValidationException refusal(ReceptionException refused) {
        return new FormFieldValidationException("reception", refused.getMessage());
    }

    /** A case opening's refusal (with its Vietnamese message) as the use case's. */
    static ReceptionException fromEngine(RuntimeException refused) {
        return new ReceptionException(refused.getMessage());
    }
}
