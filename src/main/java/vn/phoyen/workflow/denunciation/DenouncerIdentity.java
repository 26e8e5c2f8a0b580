package vn.phoyen.workflow.denunciation;

import java.util.Set;

/**
 * Who denounced (Law 25/2018 Art. 9(1)(b): kept secret). Never a process variable beyond the start command, never
 * in history, never logged: {@link #toString()} hides both values so that no log line or exception can carry them.
 */
public record DenouncerIdentity(String name, String contact) {

    /** The start variables that carry the identity; the engine keeps neither (see {@link DenouncerIdentityVault}). */
    public static final String NAME_VARIABLE = "denouncerName";
    public static final String CONTACT_VARIABLE = "denouncerContact";
    public static final Set<String> VARIABLES = Set.of(NAME_VARIABLE, CONTACT_VARIABLE);

    @Override
    public String toString() {
        return "DenouncerIdentity[bảo mật]";
    }
}
