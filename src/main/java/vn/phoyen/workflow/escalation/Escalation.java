package vn.phoyen.workflow.escalation;

import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * Tells the supervising office and the heads of the lead unit that work is late or about to be — a plan task, a
 * report, a case or a dialogue commitment (model {@code plan-escalation}, called by all of them) — as the plan
 * asks ("theo dõi, đôn đốc"); the work itself goes on untouched.
 */
public class Escalation {

    private final Notifier notifier;

    private final Organization organization;

    public Escalation(Notifier notifier, Organization organization) {
        this.notifier = notifier;
        this.organization = organization;
    }

    public void notifyOverdue(OverdueNotice notice) {
        Unit office = organization.supervisingOffice();
        String leadName = unitName(notice.leadUnit());
        String subject = "%s – %s (%s)".formatted(notice.reason(), notice.taskLabel(), leadName);
        String body = body(notice, leadName, office);
        notifier.notifyGroup(office.id(), subject, body);
        if (!office.id().equals(notice.leadUnit())) {
            // the office's own heads are already members of the office's group
            notifier.notifyGroup(headsGroupOf(notice.leadUnit()), subject, body);
        }
    }

    private String body(OverdueNotice notice, String leadName, Unit office) {
        StringBuilder body = new StringBuilder()
                .append("Kính gửi: ").append(office.name()).append("; lãnh đạo ").append(leadName).append(".\n\n")
                .append(notice.taskLabel());
        if (notice.taskTitle() != null && !notice.taskTitle().isBlank()) {
            body.append(": ").append(notice.taskTitle().strip());
        }
        body.append("\nĐơn vị chủ trì: ").append(leadName)
                .append("\nTình trạng: ").append(notice.reason());
        if (notice.deadline() != null) {
            body.append("\nThời hạn: ").append(WorkingCalendar.DAY.format(notice.deadline()));
        }
        return body.append("\n\nĐề nghị đơn vị khẩn trương thực hiện và báo cáo; ")
                .append(office.name()).append(" theo dõi, đôn đốc.")
                .append("\n\n(Thư gửi tự động từ hệ thống quy trình của UBND phường.)")
                .toString();
    }

    private String unitName(String unitId) {
        return organization.unit(unitId).map(Unit::name).orElse(unitId);
    }

    private String headsGroupOf(String unitId) {
        return organization.unit(unitId).map(Unit::headsGroupId)
                .orElseThrow(() -> new IllegalArgumentException("không có đơn vị '%s'".formatted(unitId)));
    }
}
