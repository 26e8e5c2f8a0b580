package vn.phoyen.workflow.portal;

/** A field a resident sent cannot be accepted; the message says why, in Vietnamese, and names the field. */
final class RefusedInput extends RuntimeException {

    private final String field;

    RefusedInput(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
