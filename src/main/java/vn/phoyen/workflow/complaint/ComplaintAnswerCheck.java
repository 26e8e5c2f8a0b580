package vn.phoyen.workflow.complaint;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.StatutoryPeriods;
import vn.phoyen.workflow.process.Refusal;
import vn.phoyen.workflow.process.engine.EngineCommands;
import vn.phoyen.workflow.process.engine.ScopeVariables;

/**
 * Execution listener ({@code end}) of the decisive complaint steps: refuses a completion whose answers
 * {@link ComplaintAnswers} finds incomplete, so the task stays open and the caller gets the field named (HTTP 400).
 * An execution listener, not a task listener: the engine wraps task listener failures into a generic error.
 * After an accepted intake decision it records whether the complaint came within the time limit (Art. 9).
 */
@Component("complaintAnswerCheck")
class ComplaintAnswerCheck implements ExecutionListener {

    private final StatutoryPeriods periods;

    ComplaintAnswerCheck(StatutoryPeriods periods) {
        this.periods = periods;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            // withdrawn, or the case deleted: nothing was answered
            return;
        }
        Map<String, Object> answers = ScopeVariables.of(execution);
        ComplaintAnswers.Context context = ComplaintAnswers.Context.of(
                learnedOn -> periods.deadline(ComplaintPeriods.TIME_LIMIT, learnedOn),
                groupId -> EngineCommands.withoutAuthorization(() -> execution.getProcessEngineServices()
                        .getIdentityService().createGroupQuery().groupId(groupId).count() > 0));
        String step = execution.getCurrentActivityId();
        ComplaintAnswers.problem(step, answers, context).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        if (step.equals("decideAcceptance") && answers.get("learnedOn") != null) {
            Object learned = answers.get("learnedOn");
            LocalDate lastDay = context.timeLimitLastDay(ProcessDeadlines.toLocalDate(
                    learned instanceof String text ? text.strip() : learned));
            execution.setVariable("timeLimitLastDay", ProcessDeadlines.endOf(lastDay));
            execution.setVariable("filedWithinTimeLimit", ComplaintAnswers.withinTimeLimit(answers, context));
        }
    }
}
