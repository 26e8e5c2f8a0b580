package vn.phoyen.workflow.incidents;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.notification.Notifier;
import vn.phoyen.workflow.organization.Organization;

/**
 * An automatic step (an e-mail, any asynchronous step or timer) that still fails after its retries: the incident's
 * text a person reads in Cockpit, and the notice to the supervising office, who follows the ward's work there.
 */
@Component
public class FailedSteps {

    /** Incident messages are kept in a 4000-character column; the reason is cut well before. */
    static final int MAX_REASON = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(FailedSteps.class);

    private final Notifier notifier;
    private final Organization organization;

    FailedSteps(Notifier notifier, Organization organization) {
        this.notifier = notifier;
        this.organization = organization;
    }

    /** "Bước tự động 'Gửi thông báo quá hạn' không chạy được sau 3 lần thử: …" */
    public static String incidentMessage(String stepName, int attempts, String reason) {
        String why = reason == null || reason.isBlank() ? "không rõ lý do" : reason.strip();
        if (why.length() > MAX_REASON) {
            why = why.substring(0, MAX_REASON) + " …";
        }
        return "Bước tự động '" + stepName + "' không chạy được sau " + attempts + " lần thử: " + why;
    }

    /**
     * E-mails every member of the supervising office (through the outbox: a mail server that is down delays it). A
     * notice that cannot even be written is logged and dropped: the incident stays in Cockpit either way, and
     * recording it must not fail.
     */
    public void tellSupervisingOffice(String processName, String businessKey, String incidentMessage) {
        String subject = "Sự cố: bước tự động không chạy được — " + processName
                + (businessKey == null ? "" : " " + businessKey);
        String body = "Quy trình: " + processName + "\n"
                + "Hồ sơ: " + (businessKey == null ? "(không có mã hồ sơ)" : businessKey) + "\n\n"
                + incidentMessage + "\n\n"
                + "Hồ sơ dừng ở bước này cho đến khi được chạy lại. Sau khi khắc phục nguyên nhân (máy chủ, lỗi"
                + " phần mềm…), mở hồ sơ trong Cockpit, thẻ \"Sự cố\", và chọn \"Thử lại\".";
        try {
            notifier.notifyGroup(organization.group("supervising-office"), subject, body);
        } catch (RuntimeException unsent) {
            LOG.warn("The supervising office could not be told of the incident '{}': {}", incidentMessage,
                    unsent.toString());
        }
    }
}
