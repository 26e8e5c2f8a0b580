package vn.phoyen.workflow.denunciation;

import java.util.Set;

/**
 * Who denounced (Law 25/2018 Art. 9(1)(b): kept secret): name and contact, and — when the denunciation was raised at a
 * citizen reception — the visitor's ID number and the reception's number ("" otherwise). Never a process variable
 * beyond the start command, never in history, never logged: {@link #toString()} hides every value so that no log
 * line or exception can carry them.
 */
public record DenouncerIdentity(String name, String contact, String idNumber, String receptionCase) {

    /** The start variables that carry the identity; the engine keeps none (see {@link DenouncerIdentityVault}). */
    public static final String NAME_VARIABLE = "denouncerName";
    public static final String CONTACT_VARIABLE = "denouncerContact";
    /** The visitor's ID number, when the denunciation comes from a citizen reception. */
    public static final String ID_NUMBER_VARIABLE = "denouncerIdNumber";
    /** The reception's case number, when the denunciation comes from one: the link lives in the vault only. */
    public static final String RECEPTION_CASE_VARIABLE = "denouncerReceptionCase";
    public static final Set<String> VARIABLES = Set.of(NAME_VARIABLE, CONTACT_VARIABLE, ID_NUMBER_VARIABLE,
            RECEPTION_CASE_VARIABLE);

    public DenouncerIdentity {
        name = name == null ? "" : name;
        contact = contact == null ? "" : contact;
        idNumber = idNumber == null ? "" : idNumber;
        receptionCase = receptionCase == null ? "" : receptionCase;
    }

    public DenouncerIdentity(String name, String contact) {
        this(name, contact, "", "");
    }

    /** Nothing identifies the denouncer (Art. 25: information, not a denunciation). */
    public boolean isEmpty() {
        return name.isBlank() && contact.isBlank() && idNumber.isBlank();
    }

    @Override
    public String toString() {
        return "DenouncerIdentity[bảo mật]";
    }
}
