package vn.phoyen.workflow.process;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * The staff member a request or a step runs for, as the engine knows them (a webapp login, Basic on the REST API, or
 * the person completing a task): the one reader of the engine's internal authentication (ADR 0003).
 */
public record CurrentStaff(String userId, List<String> groupIds) {

    public CurrentStaff {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }

    /** Who is logged in on this thread, or empty for the engine's own work and anonymous calls. */
    public static Optional<CurrentStaff> of(IdentityService identities) {
        Authentication authentication = identities.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return Optional.empty();
        }
        return Optional.of(new CurrentStaff(authentication.getUserId(), authentication.getGroupIds()));
    }

    public boolean isInAny(Collection<String> groups) {
        return groupIds.stream().anyMatch(groups::contains);
    }

    public boolean isAdministrator() {
        return groupIds.contains(Groups.CAMUNDA_ADMIN);
    }
}
