package vn.phoyen.workflow.organization;

import java.util.List;
import java.util.Optional;

/** The ward's units and staff as loaded from the organisation files. */
public record Organization(List<Unit> units, List<Member> members) {

    public static final String ADMINISTRATORS_GROUP = "camunda-admin";

    public Unit supervisingOffice() {
        return onlyUnitWith(UnitRole.SUPERVISING_OFFICE);
    }

    public Unit supervisors() {
        return onlyUnitWith(UnitRole.SUPERVISORS);
    }

    public Optional<Unit> unit(String id) {
        return units.stream().filter(unit -> unit.id().equals(id)).findFirst();
    }

    private Unit onlyUnitWith(UnitRole role) {
        return units.stream().filter(unit -> unit.role() == role).findFirst().orElseThrow();
    }
}
