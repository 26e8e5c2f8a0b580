package vn.phoyen.workflow.feedback;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End listener of {@code contributeToAnswer}, one instance per support unit: the unit's contribution joins the
 * case's {@code contributions}, which the officer drafting the answer reads (a multi-instance step allows no output
 * mapping, so each instance adds its own record).
 */
@Component("feedbackContributionRecord")
class FeedbackContributionRecord implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        List<Map<String, Object>> contributions = new ArrayList<>();
        if (execution.getVariable("contributions") instanceof Collection<?> existing) {
            existing.forEach(record -> contributions.add(copy(record)));
        }
        Map<String, Object> contribution = new LinkedHashMap<>();
        for (String field : List.of("supportUnit", "supportUnitName", "contribution")) {
            contribution.put(field, execution.getVariable(field));
        }
        contributions.add(contribution);
        execution.setVariable("contributions", contributions);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Object record) {
        if (record instanceof Map<?, ?> map) {
            return new LinkedHashMap<>((Map<String, Object>) map);
        }
        throw new IllegalArgumentException("ý kiến phối hợp không hợp lệ trong danh sách contributions: " + record);
    }
}
