package vn.phoyen.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.process.Refusal;

/**
 * Start listener {@code ${reportStart}} of {@code ward-report}: checks {@code period} and derives its label, dates
 * and the document's link; a refused start leaves no instance.
 */
@Component("reportStart")
class ReportStart implements ExecutionListener {

    private final WardReports reports;

    ReportStart(WardReports reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String code;
        try {
            code = new StartVariables(execution.getVariables()).optionalText(ReportPeriod.VARIABLE, 20);
        } catch (CaseStartException refused) {
            throw new Refusal(refused.getMessage());
        }
        ReportPeriod period = reports.open(code);
        execution.setVariable(ReportPeriod.VARIABLE, period.code());
        execution.setVariable("periodLabel", period.label());
        execution.setVariable("periodFrom", period.from().toString());
        execution.setVariable("periodTo", period.to().toString());
        execution.setVariable("documentLink", "/api/reports/" + execution.getProcessInstanceId() + "/document");
        execution.setProcessBusinessKey("BC-" + period.code());
    }
}
