package vn.phoyen.workflow.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/** Service task {@code ${reportDrafting}}: drafts the report and gives the office the system's figures summary. */
@Component("reportDrafting")
class ReportDrafting implements JavaDelegate {

    private final WardReports reports;

    ReportDrafting(WardReports reports) {
        this.reports = reports;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Narrative first = reports.draft(execution.getProcessInstanceId(),
                ReportPeriod.parse((String) execution.getVariable(ReportPeriod.VARIABLE)), WardClock.instant());
        // the figures are a reference for the office, never its text: the general assessment starts empty so that
        // a report cannot be approved without a summary written by a person
        execution.setVariable(Narrative.FIGURES_SUMMARY, first.overview());
    }
}
