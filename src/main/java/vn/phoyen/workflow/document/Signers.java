package vn.phoyen.workflow.document;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Supervisors;
import vn.phoyen.workflow.process.Refusal;

/**
 * Who signs the ward's documents: a Chairman (a head of the supervisors' unit) for the committee, any other supervisor
 * for the Chairman. Nobody else approves a report or a plan: an administrator may complete any task, but a document
 * issued on his approval would carry the Chairman's name without the Chairman's decision. Drafts show the Chairman.
 */
@Component
public class Signers {

    private final Supervisors supervisors;

    Signers(Supervisors supervisors) {
        this.supervisors = supervisors;
    }

    /**
     * The signature of the supervisor who approved.
     *
     * @throws Refusal naming the group, in Vietnamese, when {@code userId} is nobody or not a supervisor
     */
    public Signature signatureOf(String userId) {
        return supervisors.member(userId).map(supervisor -> supervisor.chairman()
                        ? Signature.chairman(supervisor.fullName())
                        : Signature.viceChairman(supervisor.fullName()))
                .orElseThrow(() -> new Refusal("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm '"
                        + supervisors.groupId() + "') duyệt để ban hành văn bản: "
                        + (userId == null ? "không rõ người duyệt" : "'" + userId + "' không thuộc nhóm này")
                        + ", nên văn bản không được ban hành dưới tên lãnh đạo UBND phường"));
    }

    public Signature chairman() {
        return Signature.chairman(supervisors.chairmanName());
    }
}
