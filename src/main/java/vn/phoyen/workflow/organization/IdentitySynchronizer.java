package vn.phoyen.workflow.organization;

import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.phoyen.workflow.organization.engine.OperatorPasswords;

/**
 * Brings Camunda's identity service in line with the organisation files. It only creates and updates:
 * users and groups added by administrators in the Admin webapp are left alone, and a password is
 * set only when a user is created, so changes made in Admin survive a restart. The passwords set here are the
 * operator's (files, environment) and skip the password policy, which is for those people set themselves.
 */
class IdentitySynchronizer {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySynchronizer.class);
    private static final String UNIT_GROUP_TYPE = "Đơn vị";
    private static final String SYSTEM_GROUP_TYPE = "Hệ thống";

    private final IdentityService identityService;

    IdentitySynchronizer(IdentityService identityService) {
        this.identityService = identityService;
    }

    void synchronize(Organization organization) {
        ensureGroup(Organization.ADMINISTRATORS_GROUP, "Quản trị hệ thống", SYSTEM_GROUP_TYPE);
        for (Unit unit : organization.units()) {
            ensureGroup(unit.id(), unit.name(), UNIT_GROUP_TYPE);
            ensureGroup(unit.headsGroupId(), unit.headsGroupName(), UNIT_GROUP_TYPE);
        }
        for (Member member : organization.members()) {
            ensureUser(member);
            member.unitId().ifPresent(unitId -> {
                ensureMembership(member.userId(), unitId);
                if (member.position() == Position.HEAD) {
                    ensureMembership(member.userId(), organization.unit(unitId).orElseThrow().headsGroupId());
                }
            });
            if (member.position() == Position.ADMINISTRATOR) {
                ensureMembership(member.userId(), Organization.ADMINISTRATORS_GROUP);
            }
        }
        LOG.info("Đã nạp tổ chức: {} đơn vị, {} người dùng", organization.units().size(), organization.members().size());
    }

    /**
     * The administrator whose password comes from the environment: created if missing, and the password
     * set again at every start so that changing the environment changes it (comparing first would count
     * as a failed login against the account).
     */
    void ensureAdministrator(String userId, String password) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            user = identityService.newUser(userId);
            user.setFirstName("Quản trị");
            user.setLastName("Hệ thống");
        }
        user.setPassword(password);
        if (identityService.getPasswordPolicy() != null
                && !identityService.checkPasswordAgainstPolicy(password, user).isValid()) {
            LOG.warn("WARD_ADMIN_PASSWORD của '{}' không đạt chính sách mật khẩu: hãy đặt mật khẩu mạnh hơn", userId);
        }
        OperatorPasswords.save(identityService, user);
        ensureMembership(userId, Organization.ADMINISTRATORS_GROUP);
    }

    private void ensureGroup(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group == null) {
            group = identityService.newGroup(id);
        } else if (name.equals(group.getName()) && type.equals(group.getType())) {
            return;
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
    }

    private void ensureUser(Member member) {
        User user = identityService.createUserQuery().userId(member.userId()).singleResult();
        if (user == null) {
            user = identityService.newUser(member.userId());
            member.initialPassword().ifPresent(user::setPassword);
        } else if (Objects.equals(user.getFirstName(), member.firstName())
                && Objects.equals(user.getLastName(), member.lastName())
                && Objects.equals(user.getEmail(), emptyToNull(member.email()))) {
            return;
        }
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEmail(emptyToNull(member.email()));
        OperatorPasswords.save(identityService, user);
    }

    private void ensureMembership(String userId, String groupId) {
        boolean member = identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
        if (!member) {
            identityService.createMembership(userId, groupId);
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
