package vn.phoyen.workflow.reception;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;

/**
 * Execution listener ({@code end}) of "Ghi sổ tiếp công dân": the record's kind, receiver, role and channel as the
 * clerk confirmed them must be allowed on the reception day ({@link ReceptionRecord}); a refusal is a 400 naming the
 * variable and the task stays open.
 */
@Component("receptionRecordCheck")
class ReceptionRecordCheck implements ExecutionListener {

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        ReceptionRecord.from(execution::getVariable,
                ProcessDeadlines.toLocalDate(execution.getVariable("receptionDate")));
    }
}
