package vn.phoyen.workflow.report;

import java.io.ByteArrayInputStream;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.CurrentStaff;
import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code ${reportIssue}} right after the approval, in its transaction, so the approver is the staff
 * member logged in: numbers and writes the report, and attaches the document to the instance.
 */
@Component("reportIssue")
class ReportIssue implements JavaDelegate {

    private final WardReports reports;
    private final ReportSigners signers;

    ReportIssue(WardReports reports, ReportSigners signers) {
        this.reports = reports;
        this.signers = signers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String approverId = CurrentStaff.of(execution.getProcessEngineServices().getIdentityService())
                .map(CurrentStaff::userId).orElse(null);
        ReportStore.IssuedReport issued = reports.issue(execution.getProcessInstanceId(),
                Narrative.of(execution.getVariables()), signers.signatureOf(approverId), WardClock.today());
        execution.getProcessEngineServices().getTaskService().createAttachment(ReportDocument.DOCX, null,
                execution.getProcessInstanceId(), issued.fileName(), "Báo cáo số " + issued.numberSymbol(),
                new ByteArrayInputStream(issued.document()));
        execution.setVariable("reportNumber", issued.numberSymbol());
        execution.setVariable("reportIssuedOn", issued.issuedOn().toString());
        execution.setVariable("signedBy", issued.signedBy());
    }
}
