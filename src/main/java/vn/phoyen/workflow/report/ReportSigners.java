package vn.phoyen.workflow.report;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Organization;

/**
 * Who signs: a Chairman (a head of the supervisors' unit) for the committee, any other supervisor for the
 * Chairman; where nobody approved in person (a system call), and on drafts, the Chairman.
 */
@Component
class ReportSigners {

    private final IdentityService identities;
    private final Organization organization;

    ReportSigners(IdentityService identities, Organization organization) {
        this.identities = identities;
        this.organization = organization;
    }

    ReportSheet.Signature signatureOf(String userId) {
        String chairs = organization.supervisors().headsGroupId();
        User user = userId == null ? null : identities.createUserQuery().userId(userId).singleResult();
        if (user != null && identities.createGroupQuery().groupMember(userId).groupId(chairs).count() > 0) {
            return ReportSheet.Signature.chairman(fullName(user));
        }
        if (user != null && identities.createGroupQuery().groupMember(userId)
                .groupId(organization.supervisors().id()).count() > 0) {
            return ReportSheet.Signature.viceChairman(fullName(user));
        }
        return chairman();
    }

    ReportSheet.Signature chairman() {
        List<User> chairmen = identities.createUserQuery().memberOfGroup(organization.supervisors().headsGroupId())
                .orderByUserId().asc().list();
        return ReportSheet.Signature.chairman(chairmen.isEmpty() ? "" : fullName(chairmen.get(0)));
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
