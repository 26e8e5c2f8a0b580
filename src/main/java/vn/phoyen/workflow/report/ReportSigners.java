package vn.phoyen.workflow.report;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Supervisors;
import vn.phoyen.workflow.process.Refusal;

/**
 * Who signs: a Chairman (a head of the supervisors' unit) for the committee, any other supervisor for the
 * Chairman. Nobody else approves a report: an administrator may complete any task, but a report issued on his
 * approval would carry the Chairman's name without the Chairman's decision. Drafts show the Chairman.
 */
@Component
class ReportSigners {

    private final Supervisors supervisors;

    ReportSigners(Supervisors supervisors) {
        this.supervisors = supervisors;
    }

    /**
     * The signature of the supervisor who approved.
     *
     * @throws Refusal naming the group, in Vietnamese, when {@code userId} is nobody or not a supervisor
     */
    ReportSheet.Signature signatureOf(String userId) {
        return supervisors.member(userId).map(supervisor -> supervisor.chairman()
                        ? ReportSheet.Signature.chairman(supervisor.fullName())
                        : ReportSheet.Signature.viceChairman(supervisor.fullName()))
                .orElseThrow(() -> new Refusal("Chỉ Chủ tịch hoặc Phó Chủ tịch UBND phường (nhóm '"
                        + supervisors.groupId() + "') duyệt để ban hành báo cáo: "
                        + (userId == null ? "không rõ người duyệt" : "'" + userId + "' không thuộc nhóm này")
                        + ", nên báo cáo không được ban hành dưới tên lãnh đạo UBND phường"));
    }

    ReportSheet.Signature chairman() {
        return ReportSheet.Signature.chairman(supervisors.chairmanName());
    }
}
