package vn.phoyen.workflow.tasklist;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.task.IdentityLink;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.Organization;
import vn.phoyen.workflow.organization.Unit;
import vn.phoyen.workflow.plan.PlanScheduleExpressions;
import vn.phoyen.workflow.platform.EveryUserTaskListener;

/**
 * Names every user task of plan work for Tasklist, so a list of many similar tasks says what to do and for
 * what: the model's short name, the reporting period, the plan task and, where the task is about someone
 * else's work or one of many items, which one, e.g. "Xem xét báo cáo quý III/2025 – Nhiệm vụ 4 (Công an
 * phường)". Models keep short names so their diagrams stay readable. Tasks of cases without a
 * {@code taskLabel} (not plan work) keep their model name.
 */
@Component
class TaskNames implements EveryUserTaskListener {

    /** The engine's column for a task name is 255 characters. */
    static final int MAX_LENGTH = 255;

    /** An item (e.g. a publication) is named in full up to this length, then shortened. */
    static final int MAX_SUBJECT_LENGTH = 80;

    private final PlanScheduleExpressions schedule;

    private final Organization organization;

    TaskNames(PlanScheduleExpressions schedule, Organization organization) {
        this.schedule = schedule;
        this.organization = organization;
    }

    @Override
    public List<String> events() {
        return List.of(TaskListener.EVENTNAME_CREATE);
    }

    @Override
    public void notify(DelegateTask task) {
        if (!(task.getVariable("taskLabel") instanceof String taskLabel) || taskLabel.isBlank()
                || task.getName() == null) {
            return;
        }
        StringBuilder name = new StringBuilder(task.getName().strip());
        periodLabel(task.getVariable("period")).ifPresent(label -> name.append(' ').append(label));
        name.append(" – ").append(taskLabel.strip());
        subject(task).ifPresent(subject -> name.append(" (").append(subject).append(')'));
        task.setName(shorten(name.toString(), MAX_LENGTH));
    }

    private Optional<String> periodLabel(Object period) {
        if (!(period instanceof String code) || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(schedule.label(code));
        }
        catch (IllegalArgumentException notAPeriod) {
            return Optional.empty();
        }
    }

    /**
     * Which of many the task is about: the residential group or publication item of the step, else the lead
     * unit whose work it is when the task goes to another unit (a contribution, a review, a reminder).
     */
    private Optional<String> subject(DelegateTask task) {
        for (String item : List.of("residentialGroup", "publicationItem")) {
            if (task.getVariable(item) instanceof String value && !value.isBlank()) {
                return Optional.of(shorten(value.strip(), MAX_SUBJECT_LENGTH));
            }
        }
        if (!(task.getVariable("leadUnit") instanceof String leadUnit)) {
            return Optional.empty();
        }
        Optional<Unit> lead = organization.unit(leadUnit);
        Set<String> groups = task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        boolean ownWork = groups.contains(leadUnit) || lead.map(unit -> groups.contains(unit.headsGroupId())).orElse(false);
        return ownWork ? Optional.empty() : Optional.of(lead.map(Unit::name).orElse(leadUnit));
    }

    private static String shorten(String text, int maxLength) {
        return text.length() <= maxLength ? text : text.substring(0, maxLength - 1).stripTrailing() + "…";
    }
}
