package vn.phoyen.workflow.plan;

/** A change to a plan edition by someone who may not make it (HTTP 403). */
class EditionNotAllowedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EditionNotAllowedException(String messageInVietnamese) {
        super(messageInVietnamese);
    }
}
