package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * The staff of a unit as choices for a form's select field (bean {@code staffDirectory}), e.g. when a
 * unit head names the officer responsible for a plan task.
 */
@Component("staffDirectory")
public class StaffDirectory {

    private final IdentityService identityService;

    StaffDirectory(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Members of the unit's group as Camunda Forms options: {@code [{label: "Lý Văn Sơn", value: "vp.officer"}]}. */
    public List<Map<String, String>> memberOptions(String unitId) {
        return identityService.createUserQuery().memberOfGroup(unitId).orderByUserLastName().asc().list().stream()
                .map(user -> Map.of("label", fullName(user), "value", user.getId()))
                .toList();
    }

    private static String fullName(User user) {
        return (user.getFirstName() + " " + user.getLastName()).trim();
    }
}
