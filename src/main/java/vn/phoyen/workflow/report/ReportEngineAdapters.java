package vn.phoyen.workflow.report;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.cases.CaseStartException;
import vn.phoyen.workflow.cases.StartVariables;
import vn.phoyen.workflow.organization.Organization;

/**
 * What the {@code ward-report} model calls: each adapter reads the engine, makes one call to {@link WardReports}
 * and writes back. A refusal is Camunda's BadUserRequestException (REST: 400), which rolls the step back.
 */
final class ReportEngineAdapters {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private ReportEngineAdapters() {
    }

    static LocalDate today() {
        return ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime());
    }

    /**
     * Start listener ({@code ${reportStart}}, a delegate so the refusal reaches the caller unwrapped): checks
     * {@code period} and derives the dates and label; a refused start leaves no instance.
     */
    @Component("reportStart")
    static class Start implements ExecutionListener {

        private final WardReports reports;

        Start(WardReports reports) {
            this.reports = reports;
        }

        @Override
        public void notify(DelegateExecution execution) {
            ReportPeriod period;
            try {
                period = reports.open(new StartVariables(execution.getVariables())
                        .optionalText(ReportPeriod.VARIABLE, 20));
            } catch (CaseStartException | IllegalArgumentException refused) {
                throw new BadUserRequestException(refused.getMessage());
            }
            execution.setVariable(ReportPeriod.VARIABLE, period.code());
            execution.setVariable("periodLabel", period.label());
            execution.setVariable("periodFrom", period.from().toString());
            execution.setVariable("periodTo", period.to().toString());
            execution.setVariable("documentLink", "/api/reports/" + execution.getProcessInstanceId() + "/document");
            execution.setProcessBusinessKey("BC-" + period.code());
        }
    }

    /** Service task {@code ${reportDrafting}}: drafts the report and gives the office its first narrative. */
    @Component("reportDrafting")
    static class Drafting implements JavaDelegate {

        private final WardReports reports;

        Drafting(WardReports reports) {
            this.reports = reports;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Narrative first = reports.draft(execution.getProcessInstanceId(),
                    ReportPeriod.parse((String) execution.getVariable(ReportPeriod.VARIABLE)),
                    ClockUtil.getCurrentTime().toInstant());
            // the figures are a reference for the office, never its text: the general assessment starts empty so that
            // a report cannot be approved without a summary written by a person
            execution.setVariable(Narrative.FIGURES_SUMMARY, first.overview());
        }
    }

    /** End listener {@code ${reportAnswerCheck}} of the office's and the Chairman's steps: see {@link ReportAnswers}. */
    @Component("reportAnswerCheck")
    static class AnswerCheck implements ExecutionListener {

        @Override
        public void notify(DelegateExecution execution) {
            if (execution.isCanceled()) {
                return;
            }
            ReportAnswers.problem(execution.getCurrentActivityId(), execution.getVariables()).ifPresent(problem -> {
                throw new BadUserRequestException(problem);
            });
        }
    }

    /**
     * Service task {@code ${reportIssue}} right after the approval, in its transaction, so the approver is the
     * authenticated user: numbers and writes the report, and attaches the document to the instance.
     */
    @Component("reportIssue")
    static class Issue implements JavaDelegate {

        private final WardReports reports;
        private final Signers signers;

        Issue(WardReports reports, Signers signers) {
            this.reports = reports;
            this.signers = signers;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Authentication approver = execution.getProcessEngineServices().getIdentityService()
                    .getCurrentAuthentication();
            String approverId = approver == null ? null : approver.getUserId();
            ReportStore.IssuedReport issued = reports.issue(execution.getProcessInstanceId(),
                    Narrative.of(execution.getVariables()), signers.signatureOf(approverId), today());
            execution.getProcessEngineServices().getTaskService().createAttachment(DOCX, null,
                    execution.getProcessInstanceId(), issued.fileName(), "Báo cáo số " + issued.numberSymbol(),
                    new ByteArrayInputStream(issued.document()));
            execution.setVariable("reportNumber", issued.numberSymbol());
            execution.setVariable("reportIssuedOn", issued.issuedOn().toString());
            execution.setVariable("signedBy", issued.signedBy());
        }
    }

    /**
     * Who signs: a Chairman (a head of the supervisors' unit) for the committee, any other supervisor for the
     * Chairman; where nobody approved in person (a system call), and on drafts, the Chairman.
     */
    @Component
    static class Signers {

        private final IdentityService identities;
        private final Organization organization;

        Signers(IdentityService identities, Organization organization) {
            this.identities = identities;
            this.organization = organization;
        }

        ReportSheet.Signature signatureOf(String userId) {
            String chairs = organization.supervisors().headsGroupId();
            User user = userId == null ? null : identities.createUserQuery().userId(userId).singleResult();
            if (user != null && identities.createGroupQuery().groupMember(userId).groupId(chairs).count() > 0) {
                return ReportSheet.Signature.chairman(fullName(user));
            }
            if (user != null && identities.createGroupQuery().groupMember(userId)
                    .groupId(organization.supervisors().id()).count() > 0) {
                return ReportSheet.Signature.viceChairman(fullName(user));
            }
            return chairman();
        }

        ReportSheet.Signature chairman() {
            List<User> chairmen = identities.createUserQuery().memberOfGroup(organization.supervisors().headsGroupId())
                    .orderByUserId().asc().list();
            return ReportSheet.Signature.chairman(chairmen.isEmpty() ? "" : fullName(chairmen.get(0)));
        }

        private static String fullName(User user) {
            return (user.getFirstName() + " " + user.getLastName()).strip();
        }
    }
}
