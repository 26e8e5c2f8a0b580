package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The supervisors (Chủ tịch, Phó Chủ tịch UBND phường) as the identity service knows them: who decides in the
 * committee's name. Asked of the user's groups in the identity service, not of the caller's login, so an
 * administrator (who may complete any task) is never taken for one.
 */
@Component
public class Supervisors {

    /** A member of the supervisors' unit; {@code chairman} for one of its heads. */
    public record Supervisor(String userId, String fullName, boolean chairman) {
    }

    private final IdentityService identities;
    private final Organization organization;

    Supervisors(IdentityService identities, Organization organization) {
        this.identities = identities;
        this.organization = organization;
    }

    /** The supervisors' group id ({@code lanhdao}), as refusals name it. */
    public String groupId() {
        return organization.supervisors().id();
    }

    /** The supervisor {@code userId} is, or empty for nobody, an unknown user or anyone else. */
    public Optional<Supervisor> member(String userId) {
        Unit supervisors = organization.supervisors();
        User user = userId == null ? null : identities.createUserQuery().userId(userId).singleResult();
        if (user == null || !memberOf(userId, supervisors.id()) && !memberOf(userId, supervisors.headsGroupId())) {
            return Optional.empty();
        }
        return Optional.of(new Supervisor(userId, fullName(user), memberOf(userId, supervisors.headsGroupId())));
    }

    /** The Chairman's full name (the first head by user id), empty when the ward has none yet. */
    public String chairmanName() {
        List<User> chairmen = identities.createUserQuery().memberOfGroup(organization.supervisors().headsGroupId())
                .orderByUserId().asc().list();
        return chairmen.isEmpty() ? "" : fullName(chairmen.get(0));
    }

    private boolean memberOf(String userId, String groupId) {
        return identities.createGroupQuery().groupMember(userId).groupId(groupId).count() > 0;
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
