package vn.phoyen.workflow.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import vn.phoyen.workflow.EngineTest;
import vn.phoyen.workflow.organization.engine.OperatorPasswords;

/** The organisation reaches Camunda's identity service at start-up, and loading it again changes nothing. */
@EngineTest
class OrganizationLoadingTest {

    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    @Qualifier("organizationIntoEngine")
    SmartInitializingSingleton organizationIntoEngine;

    @Test
    void unitsAreGroupsWithTheirVietnameseNamesAndDemoUsersAreMembers() {
        assertThat(identityService.createGroupQuery().groupId("kthtdt").singleResult().getName())
                .isEqualTo("Phòng Kinh tế, Hạ tầng và Đô thị");
        assertThat(identityService.createGroupQuery().groupId("vp-heads").singleResult().getName())
                .isEqualTo("Lãnh đạo Văn phòng HĐND và UBND phường");
        assertThat(groupsOf("vp.head")).containsExactlyInAnyOrder("vp", "vp-heads");
        assertThat(groupsOf("vp.officer")).containsExactly("vp");
        assertThat(groupsOf("lanhdao.head")).containsExactlyInAnyOrder("lanhdao", "lanhdao-heads");
        assertThat(groupsOf("demo")).containsExactly(Organization.ADMINISTRATORS_GROUP);
        assertThat(identityService.checkPassword("vp.officer", "demo")).isTrue();
    }

    @Test
    void loadingTwiceChangesNothingAndKeepsAPasswordChangedInAdmin() {
        User officer = identityService.createUserQuery().userId("ca.officer").singleResult();
        // a password set in Admin meets the password policy
        officer.setPassword("Doi-Trong-Admin-1");
        identityService.saveUser(officer);
        long users = identityService.createUserQuery().count();
        long groups = identityService.createGroupQuery().count();
        long memberships = identityService.createUserQuery().memberOfGroup("ca").count();
        long authorizations = authorizationService.createAuthorizationQuery().count();

        organizationIntoEngine.afterSingletonsInstantiated();

        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(identityService.createUserQuery().memberOfGroup("ca").count()).isEqualTo(memberships);
        assertThat(authorizationService.createAuthorizationQuery().count()).isEqualTo(authorizations);
        assertThat(identityService.checkPassword("ca.officer", "Doi-Trong-Admin-1")).isTrue();
        officer.setPassword("demo");
        OperatorPasswords.save(identityService, officer);
    }

    @Test
    void theAdministratorFromTheEnvironmentIsCreatedAndFollowsAChangedPassword() {
        IdentitySynchronizer identities = new IdentitySynchronizer(identityService);

        identities.ensureAdministrator("quantri", "mat-khau-1");
        identities.ensureAdministrator("quantri", "mat-khau-2");

        assertThat(groupsOf("quantri")).containsExactly(Organization.ADMINISTRATORS_GROUP);
        // the right password first: a wrong one delays the account's next login
        assertThat(identityService.checkPassword("quantri", "mat-khau-2")).isTrue();
        assertThat(identityService.checkPassword("quantri", "mat-khau-1")).isFalse();
        identityService.deleteUser("quantri");
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    }
}
