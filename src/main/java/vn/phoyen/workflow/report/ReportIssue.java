package vn.phoyen.workflow.report;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Signers;

/**
 * Service task {@code ${reportIssue}} right after the clerk's step, in its transaction, so a number the register
 * refuses leaves the clerk's task open: writes the report as issued, signed by the supervisor who approved it on the
 * day of the approval and numbered as the clerk gave, and attaches the document to the instance.
 */
@Component("reportIssue")
class ReportIssue implements JavaDelegate {

    private final WardReports reports;
    private final Signers signers;

    ReportIssue(WardReports reports, Signers signers) {
        this.reports = reports;
        this.signers = signers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (execution.getVariable(ReportApproval.APPROVED_ON) == null) {
            // an instance started on the model without the clerk's step reaches here straight from its approval
            throw new Refusal("Báo cáo này chạy theo phiên bản quy trình chưa có bước văn thư vào sổ, cấp số: cần "
                    + "chuyển sang phiên bản mới (Cockpit, Migration) trước khi duyệt");
        }
        int number = ReportAnswers.registerNumber(execution.getVariable(ReportAnswers.REGISTER_NUMBER)).orElseThrow();
        ReportStore.IssuedReport issued = reports.issue(execution.getProcessInstanceId(),
                Narrative.of(execution.getVariables()),
                signers.signatureOf((String) execution.getVariable(ReportApproval.APPROVED_BY)), number,
                LocalDate.parse((String) execution.getVariable(ReportApproval.APPROVED_ON)));
        execution.getProcessEngineServices().getTaskService().createAttachment(OfficialDocument.DOCX, null,
                execution.getProcessInstanceId(), issued.fileName(), "Báo cáo số " + issued.numberSymbol(),
                new ByteArrayInputStream(issued.document()));
        execution.setVariable("reportNumber", issued.numberSymbol());
        execution.setVariable("reportIssuedOn", issued.issuedOn().toString());
        execution.setVariable("signedBy", issued.signedBy());
    }
}
