package vn.phoyen.workflow.notification;

import java.util.List;
import java.util.Optional;

/**
 * Port to wherever the ward's staff and units are kept. Unknown ids throw {@link IllegalArgumentException}:
 * a typo in a process model must fail loudly instead of silently notifying nobody.
 */
interface RecipientDirectory {

    /**
     * @return the user, or empty if the user exists but has no e-mail address
     * @throws IllegalArgumentException if no such user exists
     */
    Optional<Recipient> user(String userId);

    /**
     * @return the members of the group that have an e-mail address
     * @throws IllegalArgumentException if no such group exists
     */
    List<Recipient> groupMembers(String groupId);
}
