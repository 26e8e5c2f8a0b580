package vn.phoyen.workflow.document;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.Refusal;

/**
 * Who signs the ward's documents: a Chairman (a head of the supervisors' unit) for the committee, any other supervisor
 * for the Chairman. Nobody else approves a report or a plan: an administrator may complete any task, but a document
 * issued on his approval would carry the Chairman's name without the Chairman's decision. Drafts show the Chairman.
 */
@Component
public class Signers {

    private final IdentityService identities;
    private final Organization organization;

    Signers(IdentityService identities, Organization organization) {
        this.identities = identities;
        this.organization = organization;
    }

    /**
     * The signature of the supervisor who approved.
     *
     * @throws Refusal naming the group, in Vietnamese, when {@code userId} is nobody or not a supervisor
     */
    public Signature signatureOf(String userId) {
        Unit supervisors = organization.supervisors();
        User user = userId == null ? null : identities.createUserQuery().userId(userId).singleResult();
        if (user != null && identities.createGroupQuery().groupMember(userId).groupId(supervisors.headsGroupId())
                .count() > 0) {
            return Signature.chairman(fullName(user));
        }
        if (user != null && identities.createGroupQuery().groupMember(userId).groupId(supervisors.id()).count() > 0) {
            return Signature.viceChairman(fullName(user));
        }
        throw new Refusal("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm '" + supervisors.id() + "') duyệt để "
                + "ban hành văn bản: " + (userId == null ? "không rõ người duyệt" : "'" + userId + "' không thuộc nhóm này")
                + ", nên văn bản không được ban hành dưới tên lãnh đạo UBND phường");
    }

    public Signature chairman() {
        List<User> chairmen = identities.createUserQuery().memberOfGroup(organization.supervisors().headsGroupId())
                .orderByUserId().asc().list();
        return Signature.chairman(chairmen.isEmpty() ? "" : fullName(chairmen.get(0)));
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).strip();
    }
}
