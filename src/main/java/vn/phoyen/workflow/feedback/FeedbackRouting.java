package vn.phoyen.workflow.feedback;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Expressions of the {@code feedback} model around the {@code feedback-routing} decision: the decision gives the
 * support units as one string of group ids separated by spaces, the process keeps them so and asks for the list
 * where it gives each unit its task.
 */
@Component("feedbackRouting")
public class FeedbackRouting {

    /** The unit ids in {@code units} (separated by spaces, commas or both), in order, without blanks or repeats. */
    public List<String> units(String units) {
        List<String> list = new ArrayList<>();
        if (units == null) {
            return list;
        }
        for (String unit : units.trim().split("[\\s,]+")) {
            if (!unit.isEmpty() && !list.contains(unit)) {
                list.add(unit);
            }
        }
        return list;
    }
}
