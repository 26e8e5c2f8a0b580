package vn.phoyen.workflow.feedback;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.cases.CaseKind;
import vn.phoyen.workflow.cases.CaseOpening;
import vn.phoyen.workflow.cases.StartVariables;

/**
 * Opens a {@code feedback} case (phản ánh, kiến nghị): checks the contract's start variables and derives
 * {@code answerDueDate}, the ward's service standard ('feedback-answer', 10 working days) from {@code receivedDate}.
 */
@Component
class FeedbackOpening implements CaseOpening {

    /** How the feedback reached the ward. */
    static final Set<String> CHANNELS = Set.of("desk", "web", "portal", "phone");

    /** The contract's category codes; the {@code feedback-routing} decision maps each to its units. */
    static final Set<String> CATEGORIES = Set.of("thu-tuc-hanh-chinh", "dat-dai", "moi-truong", "ha-tang",
            "an-ninh-trat-tu", "y-te", "giao-duc", "chinh-sach-xa-hoi", "khac");

    private final StatutoryPeriods periods;

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
        LocalDate received = variables.date("receivedDate", today);
        variables.oneOf("channel", CHANNELS);
        variables.oneOf("category", CATEGORIES);
        variables.text("title", 200);
        variables.text("content", 4000);
        variables.text("senderName", 200);
        variables.text("senderContact", 200);
        return Map.of("answerDueDate", ProcessDeadlines.endOf(periods.deadline("feedback-answer", received)));
    }
}
