package vn.phoyen.workflow.plan;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.document.DocumentRegister;
import vn.phoyen.workflow.document.OfficialDocument;
import vn.phoyen.workflow.document.Signers;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.WardClock;

/**
 * Service task {@code ${planIssue}} right after the clerk's step, in its transaction, so a number refused leaves the
 * clerk's task open: issues the plan on the day it was approved, signed by who approved it, with the clerk's number,
 * and attaches the Word document to the instance.
 */
@Component("planIssue")
class PlanIssue implements JavaDelegate {

    private final PlanEditions editions;
    private final Signers signers;

    PlanIssue(PlanEditions editions, Signers signers) {
        this.editions = editions;
        this.signers = signers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int number = DocumentRegister.number(execution.getVariable(DocumentRegister.REGISTER_NUMBER))
                .orElseThrow(() -> new Refusal(DocumentRegister.numberNeeded(PlanDocument.SERIES)));
        int year = (Integer) execution.getVariable("planYear");
        PlanEditions.IssuedDocument issued = editions.issue(year, number,
                LocalDate.parse((String) execution.getVariable("approvedOn")),
                signers.signatureOf((String) execution.getVariable("approvedBy")), WardClock.instant());
        String symbol = DocumentRegister.symbol(number, PlanDocument.SERIES);
        execution.getProcessEngineServices().getTaskService().createAttachment(OfficialDocument.DOCX, null,
                execution.getProcessInstanceId(), issued.fileName(), "Kế hoạch số " + symbol,
                new ByteArrayInputStream(issued.content()));
        execution.setVariable("planNumber", symbol);
    }
}
