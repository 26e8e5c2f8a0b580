package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.plan.ResidentialGroup;
import vn.phoyen.workflow.plan.ResidentialGroupFile;
import vn.phoyen.workflow.calendar.WorkingCalendar;

/**
 * The steps of the {@code dialogue} model that read or check what staff entered (bean {@code dialogueSteps}): each
 * passes the process variables to the rules of {@link DialogueSchedule}, {@link DialogueIssues} and
 * {@link DialogueCommitments}. A refusal is a form validation error, which Tasklist and the REST API show with its
 * Vietnamese message (HTTP 400); the transaction rolls back and the task stays open with nothing lost. The steps run
 * as this execution listener ({@code delegateExpression="${dialogueSteps}"}, chosen by activity and event): a failure
 * of a task listener or of a method expression reaches the caller wrapped in an engine error of its own.
 */
@Component("dialogueSteps")
public class DialogueSteps implements ExecutionListener {

    private final DialogueSchedule schedule;

    private final Organization organization;

    private final DialogueIssues issues;

    private final DialogueCommitments commitments;

    private final List<String> residentialGroups;

    DialogueSteps(DialogueSchedule schedule, Organization organization) {
        this.schedule = schedule;
        this.organization = organization;
        this.issues = new DialogueIssues(unit -> organization.unit(unit).isPresent());
        this.commitments = new DialogueCommitments(unit -> organization.unit(unit).isPresent());
        // read at start-up, so a broken file stops the application rather than a conference
        this.residentialGroups = ResidentialGroupFile.read(ResidentialGroupFile.LOCATION, organization).stream()
                .map(ResidentialGroup::name).toList();
    }

    @Override
    public void notify(DelegateExecution execution) {
        String step = execution.getCurrentActivityId() + ":" + execution.getEventName();
        switch (step) {
            case "dialogueRequested:end" -> open(execution);
            case "planDialogue:end" -> acceptPlan(execution);
            case "gatherIssues:start" -> startGathering(execution);
            case "gatherIssues:end" -> collectGroupIssues(execution);
            case "assignIssues:end" -> acceptAssignment(execution);
            case "prepareAnswers:start" -> startPreparation(execution);
            case "prepareAnswers:end" -> collectPreparedAnswers(execution);
            case "recordDialogue:end" -> acceptMinutes(execution);
            default -> throw new IllegalStateException("dialogueSteps không xử lý bước " + step);
        }
    }

    /**
     * Start of a conference: the lists its forms fill. Each starts as a Java list (one empty row to fill), so Tasklist
     * sends it back as that type instead of creating a variable of its own.
     */
    void open(DelegateExecution execution) {
        execution.setVariable("issues", new ArrayList<>());
        execution.setVariable("commitments", oneEmptyRow());
    }

    /** End of "Lập kế hoạch": the date must leave the legal notice; it is kept as a Date for queries and timers. */
    void acceptPlan(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        refusingBadInput(() -> {
            LocalDate conference = conferenceDay(execution.getVariable("conferenceDate"));
            schedule.checkPlannable(conference, ProcessDeadlines.toLocalDate(ClockUtil.getCurrentTime()));
            execution.setVariable("conferenceDate", ProcessDeadlines.startOf(conference));
            execution.setVariable("conferenceDay", WorkingCalendar.DAY.format(conference));
            execution.setVariable("noticeDeadline", WorkingCalendar.DAY.format(schedule.lastNoticeDay(conference)));
        });
    }

    /** The residential groups whose issues are gathered, one task each. */
    public List<String> residentialGroups() {
        return new ArrayList<>(residentialGroups);
    }

    /** Start of one group's gathering: its own list, so groups gathered at once do not overwrite each other's. */
    void startGathering(DelegateExecution execution) {
        execution.setVariableLocal("groupIssues", oneEmptyRow());
    }

    /** End of one group's gathering: its issues join the conference's list. */
    void collectGroupIssues(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        refusingBadInput(() -> execution.setVariable("issues", DialogueIssues.rows(DialogueIssues.gathered(
                DialogueIssues.stored(execution.getVariable("issues")),
                (String) execution.getVariable("residentialGroup"), execution.getVariableLocal("groupIssues")))));
    }

    /** End of "Phân công trả lời": every issue has a unit. */
    void acceptAssignment(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        refusingBadInput(() -> execution.setVariable("issues",
                DialogueIssues.rows(issues.assigned(execution.getVariable("issues")))));
    }

    /** The units that prepare answers, one task each. */
    public List<String> unitsConcerned(DelegateExecution execution) {
        return new ArrayList<>(DialogueIssues.unitsConcerned(DialogueIssues.stored(execution.getVariable("issues"))));
    }

    /** Start of one unit's preparation: the unit sees and answers its own issues only. */
    void startPreparation(DelegateExecution execution) {
        String unit = (String) execution.getVariable("answeringUnit");
        execution.setVariableLocal("answeringUnitName", organization.unit(unit).map(Unit::name).orElse(unit));
        execution.setVariableLocal("unitIssues", DialogueIssues.rows(DialogueIssues.ofUnit(
                DialogueIssues.stored(execution.getVariable("issues")), unit)));
    }

    /** End of one unit's preparation: its answers go into the conference's list. */
    void collectPreparedAnswers(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        refusingBadInput(() -> execution.setVariable("issues", DialogueIssues.rows(DialogueIssues.withPreparedAnswers(
                DialogueIssues.stored(execution.getVariable("issues")), (String) execution.getVariable("answeringUnit"),
                execution.getVariableLocal("unitIssues")))));
    }

    /** End of "Ghi biên bản": each issue answered, each commitment complete; the commitments are then tracked. */
    void acceptMinutes(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        refusingBadInput(() -> {
            List<Issue> answered = issues.answered(execution.getVariable("issues"));
            List<Commitment> recorded = commitments.recorded(execution.getVariable("commitments"),
                    ProcessDeadlines.toLocalDate(execution.getVariable("conferenceDate")));
            execution.setVariable("issues", DialogueIssues.rows(answered));
            execution.setVariable("commitments", DialogueCommitments.rows(recorded));
            execution.setVariable("commitmentCount", recorded.size());
        });
    }

    /** A commitment's deadline for its task and timer: the end of its day. */
    public Date deadlineOf(Map<String, Object> commitment) {
        return ProcessDeadlines.endOf(LocalDate.parse(DialogueLists.text(commitment, "deadline")));
    }

    /** A date as forms show it, e.g. "31/12/2025". */
    public String day(Object date) {
        return WorkingCalendar.DAY.format(ProcessDeadlines.toLocalDate(date));
    }

    private static LocalDate conferenceDay(Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new DialogueException("Chưa chọn ngày hội nghị");
        }
        try {
            return ProcessDeadlines.toLocalDate(value);
        } catch (IllegalArgumentException notADate) {
            throw new DialogueException("Ngày hội nghị '%s' không phải ngày hợp lệ (chọn ngày trên lịch)".formatted(value));
        }
    }

    private static ArrayList<Map<String, Object>> oneEmptyRow() {
        ArrayList<Map<String, Object>> rows = new ArrayList<>();
        rows.add(new LinkedHashMap<>());
        return rows;
    }

    private static void refusingBadInput(Runnable step) {
        try {
            step.run();
        } catch (DialogueException refused) {
            throw new FormFieldValidationException("dialogue", refused.getMessage());
        }
    }
}
