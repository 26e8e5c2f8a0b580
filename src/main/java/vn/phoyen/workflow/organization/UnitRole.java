package vn.phoyen.workflow.organization;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What a unit does: most units carry out plan tasks; one consolidates (supervising office); one approves (supervisors);
 * one receives residents and handles their cases (case office); one speaks for the residents' organisations at
 * dialogues and elections (fatherland front). Models name a unit by its role ({@code ${organization.group('case-office')}}),
 * never by its id, so a ward whose office has another id changes the data, not the models.
 */
public enum UnitRole {
    UNIT("unit"),
    SUPERVISING_OFFICE("supervising-office"),
    SUPERVISORS("supervisors"),
    CASE_OFFICE("case-office"),
    FATHERLAND_FRONT("fatherland-front");

    private final String code;

    UnitRole(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** The roles held by exactly one unit each (every role but the plain unit). */
    static Set<UnitRole> heldOnce() {
        return EnumSet.complementOf(EnumSet.of(UNIT));
    }

    static Optional<UnitRole> ofCode(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }

    static String codes() {
        return String.join(", ", Arrays.stream(values()).map(role -> role.code).toList());
    }
}
