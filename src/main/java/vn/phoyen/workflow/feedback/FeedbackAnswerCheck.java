package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.StaffDirectory;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.engine.ScopeVariables;

/**
 * Execution listener ({@code end}) of the decisive feedback steps: refuses a completion whose answers
 * {@link FeedbackAnswers} finds incomplete, so the task stays open and the caller gets the field named.
 */
@Component("feedbackAnswerCheck")
class FeedbackAnswerCheck implements ExecutionListener {

    private final FeedbackRecords records;
    private final StaffDirectory staff;

    FeedbackAnswerCheck(FeedbackRecords records, StaffDirectory staff) {
        this.records = records;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String step = execution.getCurrentActivityId();
        FeedbackAnswers.problem(step, ScopeVariables.of(execution)).or(() -> mergedSenders(step, execution))
                .or(() -> officerOutsideTheUnit(step, execution))
                .ifPresent(problem -> {
                    throw new Refusal(problem);
                });
    }

    /** The officer the head names drafts the answer: someone of the lead unit, not any well-formed name. */
    private java.util.Optional<String> officerOutsideTheUnit(String step, DelegateExecution execution) {
        if (!"assignOfficer".equals(step) || !(execution.getVariable("answerOfficer") instanceof String officer)
                || !(execution.getVariable("leadUnit") instanceof String unit) || staff.isMember(officer, unit)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("Cán bộ trả lời (answerOfficer) '" + officer + "' không phải cán bộ của đơn vị chủ trì ('"
                + unit + "'): chọn một cán bộ trong danh sách");
    }

    /** The published answer is also shown under the tracking codes of merged cases: their senders stay unnamed too. */
    private java.util.Optional<String> mergedSenders(String step, DelegateExecution execution) {
        if (!"draftAnswer".equals(step) && !"approveAnswer".equals(step) || execution.getProcessBusinessKey() == null) {
            return java.util.Optional.empty();
        }
        Object answer = execution.getVariable("answer");
        return records.mergedInto(execution.getProcessBusinessKey()).stream()
                .map(merged -> PublicAnswerCheck.problem("answer", answer == null ? null : answer.toString(),
                        merged.senderName(), merged.senderContact()))
                .flatMap(java.util.Optional::stream).findFirst();
    }
}
