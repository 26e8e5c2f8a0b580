package vn.phoyen.workflow.feedback;

import static vn.phoyen.workflow.feedback.ResidentFeedback.CONTENT_LENGTH;
import static vn.phoyen.workflow.feedback.ResidentFeedback.SENDER_LENGTH;
import static vn.phoyen.workflow.feedback.ResidentFeedback.TITLE_LENGTH;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;

/**
 * Opens a {@code feedback} case (phản ánh, kiến nghị): checks the contract's start variables, derives
 * {@code answerDueDate}, the ward's service standard ('feedback-answer', 10 working days) from {@code receivedDate},
 * and gives the case its tracking code ({@code trackingCode}, whatever the channel: the sender follows the case with it).
 */
@Component
class FeedbackOpening implements CaseOpening {

    /** How the feedback reached the ward. */
    static final Set<String> CHANNELS = Set.of("desk", "web", "portal", "phone");

    /** The contract's category codes; the {@code feedback-routing} decision maps each to its units. */
    static final Set<String> CATEGORIES = FeedbackCategory.codes();

    static final int WEB_CONTENT_MIN = ResidentFeedback.CONTENT_MIN;

    private final StatutoryPeriods periods;
    private final TrackingCodes trackingCodes = new TrackingCodes(new SecureRandom());

    FeedbackOpening(StatutoryPeriods periods) {
        this.periods = periods;
    }

    @Override
    public String processKey() {
        return "feedback";
    }

    @Override
    public CaseKind kind() {
        return CaseKind.FEEDBACK;
    }

    @Override
    public Map<String, Object> open(StartVariables variables, LocalDate today) {
        LocalDate received = check(variables, today);
        return Map.of("answerDueDate", ProcessDeadlines.endOf(periods.deadline("feedback-answer", received)),
                "trackingCode", trackingCodes.next());
    }

    /** Checks the start variables, naming the first wrong one; returns the day the feedback was received. */
    static LocalDate check(StartVariables variables, LocalDate today) {
        LocalDate received = variables.date("receivedDate", today);
        variables.oneOf("channel", CHANNELS);
        variables.oneOf("category", CATEGORIES);
        variables.text("title", TITLE_LENGTH);
        variables.text("content", CONTENT_LENGTH);
        variables.text("senderName", SENDER_LENGTH);
        String contact = variables.text("senderContact", SENDER_LENGTH);
        if ("web".equals(variables.oneOf("channel", CHANNELS))) {
            // what residents type on the ward's page is checked as the page checks it; staff at the desk or on the
            // phone note whatever contact the person gives
            if (!Contact.isValid(contact)) {
                throw new CaseStartException("Biến 'senderContact': cần số điện thoại Việt Nam (10 chữ số, ví dụ "
                        + "0912 345 678 hoặc +84 912 345 678) hoặc địa chỉ email");
            }
            if (variables.text("content", CONTENT_LENGTH).strip().length() < WEB_CONTENT_MIN) {
                throw new CaseStartException("Biến 'content': nội dung phản ánh qua trang của phường cần ít nhất "
                        + WEB_CONTENT_MIN + " ký tự");
            }
        }
        return received;
    }
}
