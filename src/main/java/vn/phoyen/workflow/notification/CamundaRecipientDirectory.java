package vn.phoyen.workflow.notification;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.engine.EngineCommands;

/**
 * Reads recipients from the Camunda identity service (users and groups = ward units).
 */
@Component
class CamundaRecipientDirectory implements RecipientDirectory {

    private static final Logger log = LoggerFactory.getLogger(CamundaRecipientDirectory.class);

    private final ProcessEngine processEngine;

    private final IdentityService identityService;

    CamundaRecipientDirectory(ProcessEngine processEngine) {
        this.processEngine = processEngine;
        this.identityService = processEngine.getIdentityService();
    }

    @Override
    public Optional<Recipient> user(String userId) {
        User user = withoutAuthorization(() -> identityService.createUserQuery().userId(userId).singleResult());
        if (user == null) {
            throw new IllegalArgumentException("unknown user id: " + userId);
        }
        return withEmail(user);
    }

    @Override
    public List<Recipient> groupMembers(String groupId) {
        long groups = withoutAuthorization(() -> identityService.createGroupQuery().groupId(groupId).count());
        if (groups == 0) {
            throw new IllegalArgumentException("unknown group id: " + groupId);
        }
        List<User> members = withoutAuthorization(
                () -> identityService.createUserQuery().memberOfGroup(groupId).orderByUserId().asc().list());
        return members.stream().map(this::withEmail).flatMap(Optional::stream).toList();
    }

    /**
     * Notifications are sent from process executions of arbitrary users, who usually may not read other users or
     * groups. Inside a running command the engine reuses its command context, so the check is switched off for this
     * read only and restored afterwards.
     */
    private <T> T withoutAuthorization(Callable<T> read) {
        return EngineCommands.withoutAuthorization(processEngine, read);
    }

    private Optional<Recipient> withEmail(User user) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
            log.warn("user {} has no e-mail address, not notified", user.getId());
            return Optional.empty();
        }
        return Optional.of(new Recipient(user.getId(), fullName(user), user.getEmail()));
    }

    /** Same order as the Camunda webapps show names; falls back to the id so the To header always has a name. */
    private static String fullName(User user) {
        String name = Stream.of(user.getFirstName(), user.getLastName())
            .filter(part -> part != null && !part.isBlank())
            .collect(Collectors.joining(" "));
        return name.isEmpty() ? user.getId() : name;
    }
}
