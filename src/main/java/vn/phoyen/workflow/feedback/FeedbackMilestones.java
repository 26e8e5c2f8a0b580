package vn.phoyen.workflow.feedback;

import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.process.CaseStanding;
import vn.phoyen.workflow.process.ProcessMilestones;

/**
 * What the feedback model tells the ward's figures (ADR 0006): received on {@code receivedDate}, led by the unit
 * routing chose ({@code leadUnit}), due on {@code answerDueDate}; resolved when the approved answer is published.
 */
@Component
class FeedbackMilestones implements ProcessMilestones {

    @Override
    public String processKey() {
        return "feedback";
    }

    @Override
    public Set<String> standingVariables() {
        return Set.of("receivedDate", "leadUnit", "answerDueDate");
    }

    @Override
    public CaseStanding standing(Map<String, Object> variables) {
        Object received = variables.get("receivedDate");
        Object due = variables.get("answerDueDate");
        return new CaseStanding(received == null ? null : ProcessDeadlines.toLocalDate(received),
                (String) variables.get("leadUnit"), due == null ? null : ProcessDeadlines.toLocalDate(due));
    }

    @Override
    public Set<String> resolvingActivities() {
        return Set.of("publishAnswer");
    }
}
