package vn.phoyen.workflow.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.phoyen.workflow.calendar.ProcessDeadlines;
import vn.phoyen.workflow.calendar.WorkingCalendar;
import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.ResidentialGroups;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.process.FormLists;

/**
 * What happens to a dialogue conference at each step of the {@code dialogue} model, on plain values: the lists its
 * forms fill (issues per residential group, answers per unit, the minutes' commitments) checked by the rules of
 * {@link DialogueSchedule}, {@link DialogueIssues} and {@link DialogueCommitments}. A refusal is a
 * {@link DialogueException} naming the row. The delegates of the model ({@code dialoguePlan}, …) call it; the models'
 * expressions read it as bean {@code dialogueConferences} (residential groups, units concerned, commitment deadlines).
 */
@Component("dialogueConferences")
public class DialogueConferences {

    /** The conference day as the plan fixes it: a Date for queries and timers, and as forms show it. */
    record Plan(Date conferenceDate, String conferenceDay, String noticeDeadline) {
    }

    /** One unit's share of the preparation: its name and its issues only. */
    record Preparation(String unitName, ArrayList<Map<String, Object>> unitIssues) {
    }

    /** The minutes as accepted: every issue answered, every commitment complete. */
    record Minutes(ArrayList<Map<String, Object>> issues, ArrayList<Map<String, Object>> commitments) {
    }

    private final DialogueSchedule schedule;
    private final Organization organization;
    private final DialogueIssues issues;
    private final DialogueCommitments commitments;
    private final List<String> residentialGroups;

    DialogueConferences(DialogueSchedule schedule, Organization organization, ResidentialGroups residentialGroups) {
        this.schedule = schedule;
        this.organization = organization;
        this.issues = new DialogueIssues(unit -> organization.unit(unit).isPresent());
        this.commitments = new DialogueCommitments(unit -> organization.unit(unit).isPresent());
        this.residentialGroups = residentialGroups.names();
    }

    /**
     * A new conference's empty lists. Each starts as a Java list (commitments with one empty row to fill), so
     * Tasklist sends it back as that type instead of creating a variable of its own.
     */
    ArrayList<Map<String, Object>> noIssues() {
        return new ArrayList<>();
    }

    ArrayList<Map<String, Object>> blankCommitments() {
        return oneEmptyRow();
    }

    /** The planned day must leave the legal notice. */
    Plan plan(Object conferenceDate, LocalDate today) {
        LocalDate conference = conferenceDay(conferenceDate);
        schedule.checkPlannable(conference, today);
        return new Plan(ProcessDeadlines.startOf(conference), WorkingCalendar.DAY.format(conference),
                WorkingCalendar.DAY.format(schedule.lastNoticeDay(conference)));
    }

    /** The residential groups whose issues are gathered, one task each. */
    public List<String> residentialGroups() {
        return new ArrayList<>(residentialGroups);
    }

    /** One group's own list to fill, so groups gathered at once do not overwrite each other's. */
    ArrayList<Map<String, Object>> blankGroupIssues() {
        return oneEmptyRow();
    }

    /** One group's issues join the conference's list. */
    ArrayList<Map<String, Object>> gathered(Object conferenceIssues, String residentialGroup, Object groupIssues) {
        return DialogueIssues.rows(DialogueIssues.gathered(DialogueIssues.stored(conferenceIssues), residentialGroup,
                groupIssues));
    }

    /** Every issue has a unit that answers it. */
    ArrayList<Map<String, Object>> assigned(Object conferenceIssues) {
        return DialogueIssues.rows(issues.assigned(conferenceIssues));
    }

    /** The units that prepare answers, one task each. */
    public List<String> unitsConcerned(Object conferenceIssues) {
        return new ArrayList<>(DialogueIssues.unitsConcerned(DialogueIssues.stored(conferenceIssues)));
    }

    /** The unit sees and answers its own issues only. */
    Preparation preparation(Object conferenceIssues, String unit) {
        return new Preparation(organization.unit(unit).map(Unit::name).orElse(unit),
                DialogueIssues.rows(DialogueIssues.ofUnit(DialogueIssues.stored(conferenceIssues), unit)));
    }

    /** One unit's answers go into the conference's list. */
    ArrayList<Map<String, Object>> prepared(Object conferenceIssues, String unit, Object unitIssues) {
        return DialogueIssues.rows(DialogueIssues.withPreparedAnswers(DialogueIssues.stored(conferenceIssues), unit,
                unitIssues));
    }

    /** Each issue answered at the conference, each commitment complete; the commitments are then tracked. */
    Minutes minutes(Object conferenceIssues, Object recordedCommitments, Object conferenceDate) {
        List<Issue> answered = issues.answered(conferenceIssues);
        List<Commitment> recorded = commitments.recorded(recordedCommitments,
                ProcessDeadlines.toLocalDate(conferenceDate));
        return new Minutes(DialogueIssues.rows(answered), DialogueCommitments.rows(recorded));
    }

    /** A commitment's deadline for its task and timer: the end of its day. */
    public Date deadlineOf(Map<String, Object> commitment) {
        return ProcessDeadlines.endOf(LocalDate.parse(FormLists.text(commitment, "deadline")));
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
}
