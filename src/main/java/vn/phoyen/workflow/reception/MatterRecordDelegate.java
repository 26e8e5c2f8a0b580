package vn.phoyen.workflow.reception;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * "Ghi vào sổ" of {@code citizen-reception}: adds the matter to the log ({@code matters}) through
 * {@link ReceptionLog}, keeps whether more matters follow ({@code mattersPending}) and clears the form's fields so
 * the next matter's form opens empty (the full history keeps every submission).
 */
@Component("receptionMatterRecord")
class MatterRecordDelegate implements JavaDelegate {

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        // the form's checks again: a form submitted through the REST API skips Tasklist's
        Matter matter = Matter.from(execution::getVariable);
        Object log = execution.getVariable("matters");
        execution.setVariable("matters", ReceptionLog.append(log instanceof List<?> entries
                ? (List<Map<String, Object>>) entries : null, matter, (String) execution.getVariable("linkedCase")));
        execution.setVariable("mattersPending", Boolean.TRUE.equals(execution.getVariable("moreMatters")));
        execution.removeVariables(List.of(Matter.FORM_FIELDS));
        execution.removeVariable("linkedCase");
    }
}
