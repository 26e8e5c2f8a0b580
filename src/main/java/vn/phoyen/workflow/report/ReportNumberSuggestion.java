package vn.phoyen.workflow.report;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Create listener {@code ${reportNumberSuggestion}} of the clerk's step: fills the register number field with the
 * system's suggestion for the year the report was signed in; the clerk keeps it or enters the register's own.
 */
@Component("reportNumberSuggestion")
class ReportNumberSuggestion implements TaskListener {

    private final WardReports reports;

    ReportNumberSuggestion(WardReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        int year = LocalDate.parse((String) task.getVariable(ReportApproval.APPROVED_ON)).getYear();
        task.getExecution().setVariable(ReportAnswers.REGISTER_NUMBER, reports.suggestedNumber(year));
    }
}
