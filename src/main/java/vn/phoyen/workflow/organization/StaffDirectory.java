package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /** Whether the user is a member of the unit's group. */
    public boolean isMember(String userId, String unitId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(unitId).count() > 0;
    }

    /** "Nguyễn Thị Hoa" ("Họ và tên đệm" + "Tên"), or the id of a user no longer known or without a name. */
    public String fullName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        String name = user == null ? "" : fullName(user);
        return name.isEmpty() ? userId : name;
    }

    private static String fullName(User user) {
        return (Objects.toString(user.getFirstName(), "") + " " + Objects.toString(user.getLastName(), "")).trim();
    }
}
