package vn.phoyen.workflow.feedback;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.Refusal;

/**
 * Execution listener ({@code end}) of the decisive feedback steps: refuses a completion whose answers
 * {@link FeedbackAnswers} finds incomplete, so the task stays open and the caller gets the field named.
 */
@Component("feedbackAnswerCheck")
class FeedbackAnswerCheck implements ExecutionListener {

    private final FeedbackRecords records;

    FeedbackAnswerCheck(FeedbackRecords records) {
        this.records = records;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String step = execution.getCurrentActivityId();
        FeedbackAnswers.problem(step, execution.getVariables()).or(() -> mergedSenders(step, execution))
                .ifPresent(problem -> {
                    throw new Refusal(problem);
                });
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
