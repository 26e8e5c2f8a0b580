package vn.phoyen.workflow.denunciation;

import java.util.Collection;

/**
 * Who may read a denouncer's identity (Law 25/2018 Art. 9(1)(b), Art. 47 ff.): the handler assigned to the case and
 * the Chairman's group — never a member of the accused unit, whatever else they are (so the leadership does not read
 * who denounced the leadership). Administrators manage accounts, not cases: being one gives no access.
 */
public final class DenouncerAccess {

    private DenouncerAccess() {
    }

    public static boolean mayRead(String userId, Collection<String> groups, String handler, String accusedUnit,
            String supervisorsGroup) {
        if (userId == null || groups.contains(accusedUnit)) {
            return false;
        }
        return userId.equals(handler) || groups.contains(supervisorsGroup);
    }

    /** Who may list the reads: the Chairman's group and the administrators. */
    public static boolean mayAudit(Collection<String> groups, String supervisorsGroup, String administratorsGroup) {
        return groups.contains(supervisorsGroup) || groups.contains(administratorsGroup);
    }
}
