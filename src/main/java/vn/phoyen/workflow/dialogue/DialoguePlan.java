package vn.phoyen.workflow.dialogue;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.process.WardClock;

/**
 * End listener of {@code planDialogue}: the conference day must leave the legal notice; it is kept as a Date
 * ({@code conferenceDate}) with the days the forms show ({@code conferenceDay}, {@code noticeDeadline}).
 */
@Component("dialoguePlan")
class DialoguePlan implements ExecutionListener {

    private final DialogueConferences conferences;

    DialoguePlan(DialogueConferences conferences) {
        this.conferences = conferences;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        DialogueConferences.Plan plan = conferences.plan(execution.getVariable("conferenceDate"), WardClock.today());
        execution.setVariable("conferenceDate", plan.conferenceDate());
        execution.setVariable("conferenceDay", plan.conferenceDay());
        execution.setVariable("noticeDeadline", plan.noticeDeadline());
    }
}
