package vn.phoyen.workflow.plan.work;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import vn.phoyen.workflow.organization.ResidentialGroup;
import vn.phoyen.workflow.organization.ResidentialGroups;
import vn.phoyen.workflow.process.Refusal;

/**
 * A group leader's post fallen vacant mid-term: the office reports it with the group named, and the group elects a new
 * leader ({@code plan-group-election}, message {@value #MESSAGE}) without waiting for the end of the term.
 */
@Component
public class ResidentialGroupVacancies {

    /** The longest reason kept: the task's title is the group's name and the reason, within Tasklist's 255. */
    static final int MAX_REASON = 200;

    static final String MESSAGE = "residentialGroupVacancy";

    private final ResidentialGroups groups;
    private final RuntimeService runtime;

    ResidentialGroupVacancies(ResidentialGroups groups, RuntimeService runtime) {
        this.groups = groups;
        this.runtime = runtime;
    }

    /**
     * Starts the election in the group whose leader's post fell vacant.
     *
     * @return the id of the election's process instance (business key {@code BTT-<year>-<group id>})
     * @throws Refusal for a group the ward does not have or a vacancy without its reason
     */
    public String report(String groupName, int year, String reason) {
        ResidentialGroup group = groups.named(groupName).orElseThrow(() -> new Refusal(
                "Tổ dân phố ('group'): không có tổ '%s' trong danh sách tổ dân phố của phường".formatted(groupName)));
        if (reason == null || reason.isBlank()) {
            throw new Refusal("Lý do khuyết ('reason'): cần ghi vì sao tổ trưởng " + group.name() + " khuyết");
        }
        // the reason becomes the election task's title, which Tasklist lists and the task table bounds
        if (reason.strip().length() > MAX_REASON || reason.chars().anyMatch(c -> c < ' ' && c != '\n' && c != '\t')) {
            throw new Refusal("Lý do khuyết ('reason'): tối đa " + MAX_REASON + " ký tự, không chứa ký tự điều khiển");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put("residentialGroup", group.name());
        variables.put("planYear", year);
        variables.put("taskLabel", "Bầu tổ trưởng khi khuyết");
        variables.put("taskTitle", "Tổ trưởng %s khuyết: %s".formatted(group.name(), reason.strip()));
        return runtime.createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey("BTT-%d-%s".formatted(year, group.id()))
                .setVariables(variables)
                .correlateStartMessage().getId();
    }
}
