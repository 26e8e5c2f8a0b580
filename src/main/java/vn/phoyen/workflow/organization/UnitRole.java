package vn.phoyen.workflow.organization;

import java.util.Arrays;
import java.util.Optional;

/** What a unit does in the plan: most units carry out tasks; one consolidates (supervising office); one approves. */
public enum UnitRole {
    UNIT("unit"),
    SUPERVISING_OFFICE("supervising-office"),
    SUPERVISORS("supervisors");

    private final String code;

    UnitRole(String code) {
        this.code = code;
    }

    static Optional<UnitRole> ofCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(role -> role.code).toList());
    }
}
