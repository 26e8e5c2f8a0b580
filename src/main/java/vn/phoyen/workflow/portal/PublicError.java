package vn.phoyen.workflow.portal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Every refusal of {@code /api/public/**}: a message a resident can read, in Vietnamese, and the field at fault
 * (the JSON name, so the page can point at it), when one is.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicError(String error, String field) {

    static PublicError of(String error) {
        return new PublicError(error, null);
    }
}
